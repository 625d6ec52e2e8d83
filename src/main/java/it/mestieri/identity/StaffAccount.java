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

	void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	void update(String displayName, Set<StaffRole> roles, boolean enabled) {
		this.displayName = displayName;
		this.roles.clear();
		this.roles.addAll(roles);
		this.enabled = enabled;
	}

	StaffMember toMember() {
		return new StaffMember(new StaffId(id), username, displayName,
				roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles), enabled);
	}
}
