package it.mestieri.identity;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in staff member, as Spring Security holds it in the session. The epoch is
 * the account's when the person logged in: a session whose epoch is no longer the
 * account's is ended.
 */
record StaffPrincipal(StaffMember member, String passwordHash, int sessionEpoch) implements UserDetails {

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<SimpleGrantedAuthority> authorities = member.roles()
			.stream()
			.map(role -> new SimpleGrantedAuthority(role.authority()))
			.toList();
		return authorities;
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return member.username();
	}

	@Override
	public boolean isEnabled() {
		return member.enabled();
	}

	/** The same login without the password hash, to keep in a session or a cache. */
	StaffPrincipal withoutPassword() {
		return new StaffPrincipal(member, null, sessionEpoch);
	}
}
