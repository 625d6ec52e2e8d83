package it.mestieri.identity;

import java.util.Set;

/** A staff account as other modules see it: no password, nothing else personal. */
public record StaffMember(StaffId id, String username, String displayName, Set<StaffRole> roles, boolean enabled) {

	public boolean has(StaffRole role) {
		return roles.contains(role);
	}
}
