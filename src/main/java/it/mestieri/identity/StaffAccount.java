package it.mestieri.identity;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "identity_staff")
class StaffAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	private String displayName;

	private String passwordHash;

	private boolean enabled = true;

	private boolean demo;

	private int sessionEpoch;

	private boolean passwordChangeRequired;

	private Instant createdAt;

	@Version
	private long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "identity_staff_role", joinColumns = @JoinColumn(name = "staff_id"))
	@Column(name = "role")
	@Enumerated(EnumType.STRING)
	private Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);

	protected StaffAccount() {
	}

	StaffAccount(String username, String displayName, String passwordHash, Set<StaffRole> roles, Instant createdAt) {
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.roles = EnumSet.copyOf(roles);
		this.createdAt = createdAt;
	}

	Long id() {
		return id;
	}

	String username() {
		return username;
	}

	String passwordHash() {
		return passwordHash;
	}

	boolean enabled() {
		return enabled;
	}

	Set<StaffRole> roles() {
		return roles;
	}

	boolean demo() {
		return demo;
	}

	int sessionEpoch() {
		return sessionEpoch;
	}

	boolean passwordChangeRequired() {
		return passwordChangeRequired;
	}

	void markDemo() {
		this.demo = true;
	}

	/**
	 * A password the person chose: their other sessions end, and no change is asked of
	 * them.
	 */
	void choosePassword(String passwordHash) {
		this.passwordHash = passwordHash;
		this.passwordChangeRequired = false;
		endSessions();
	}

	/**
	 * A password an administrator set: every session ends and the person must choose a
	 * new one at login.
	 */
	void resetPassword(String passwordHash) {
		this.passwordHash = passwordHash;
		this.passwordChangeRequired = true;
		endSessions();
	}

	/**
	 * Changes name, roles and whether the account may log in; losing a role or the
	 * account ends its sessions.
	 */
	void update(String displayName, Set<StaffRole> roles, boolean enabled) {
		if (!roles.containsAll(this.roles) || (this.enabled && !enabled)) {
			endSessions();
		}
		this.displayName = displayName;
		this.roles.clear();
		this.roles.addAll(roles);
		this.enabled = enabled;
	}

	void disable() {
		if (enabled) {
			enabled = false;
			endSessions();
		}
	}

	private void endSessions() {
		sessionEpoch++;
	}

	StaffMember toMember() {
		return new StaffMember(new StaffId(id), username, displayName,
				roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles), enabled);
	}

}
