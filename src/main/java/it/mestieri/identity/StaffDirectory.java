package it.mestieri.identity;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.mestieri.shared.DomainException;
import it.mestieri.shared.SecurityLog;

/** Staff accounts: who is logged in, who a staff id is, and the accounts themselves. */
@Service
@Transactional(readOnly = true)
public class StaffDirectory implements UserDetailsService {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final StaffAccounts accounts;

	private final PasswordEncoder passwords;

	StaffDirectory(StaffAccounts accounts, PasswordEncoder passwords) {
		this.accounts = accounts;
		this.passwords = passwords;
	}

	/** The staff member of the current request. */
	public Optional<StaffMember> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal principal) {
			return Optional.of(principal.member());
		}
		return Optional.empty();
	}

	public StaffMember requireCurrent() {
		return current().orElseThrow(() -> DomainException.forbidden("identity.notLoggedIn"));
	}

	public Optional<StaffMember> find(StaffId id) {
		return accounts.findById(id.value()).map(StaffAccount::toMember);
	}

	public Optional<StaffMember> findByUsername(String username) {
		return accounts.findByUsername(normalized(username)).map(StaffAccount::toMember);
	}

	public List<StaffMember> all() {
		return accounts.findAllByOrderByUsername().stream().map(StaffAccount::toMember).toList();
	}

	public boolean hasAdministrator() {
		return accounts.anyAdministrator();
	}

	/** Creates an account; the password is stored only as a hash. */
	@Transactional
	public StaffMember create(String username, String displayName, String password, Set<StaffRole> roles) {
		String name = normalized(username);
		if (!UsernameRule.valid(name)) {
			throw DomainException.invalid("identity.username.invalid");
		}
		PasswordRule.check(password);
		StaffMember created = newAccount(name, displayName, password, roles).toMember();
		SecurityLog.event("account.created", "user", name, "roles", names(roles), "by", actor());
		return created;
	}

	private StaffAccount newAccount(String name, String displayName, String password, Set<StaffRole> roles) {
		if (roles.isEmpty()) {
			throw DomainException.invalid("identity.roles.empty");
		}
		if (accounts.findByUsername(name).isPresent()) {
			throw DomainException.conflict("identity.username.taken", name);
		}
		String shownName = displayName == null || displayName.isBlank() ? name : displayName.trim();
		return accounts.save(new StaffAccount(name, shownName, passwords.encode(password), roles, Instant.now()));
	}

	/**
	 * Creates a demo account, or resets the password and roles of one the demo seeding
	 * created before. An account of the same name that the seeding did not create is left
	 * as it is.
	 * @return whether the account is now the demo account
	 */
	@Transactional
	boolean seedDemo(String username, String displayName, String password, Set<StaffRole> roles) {
		PasswordRule.check(password);
		Optional<StaffAccount> existing = accounts.findByUsername(username);
		if (existing.isPresent() && !existing.get().demo()) {
			SecurityLog.event("demo.accountLeftAlone", "user", username);
			return false;
		}
		StaffAccount account = existing.orElseGet(() -> newAccount(username, displayName, password, roles));
		account.markDemo();
		if (existing.isPresent()) {
			// Only what differs: a restart with the same password must not end every
			// session.
			if (!passwords.matches(password, account.passwordHash())) {
				account.choosePassword(passwords.encode(password));
			}
			account.update(displayName, roles, true);
		}
		return true;
	}

	/**
	 * Disables the accounts the demo seeding created: the demo passwords are known to
	 * anyone who ran it.
	 */
	@Transactional
	int disableDemoAccounts() {
		List<StaffAccount> demo = accounts.findByDemoTrueAndEnabledTrue();
		demo.forEach(account -> {
			account.disable();
			SecurityLog.event("demo.accountDisabled", "user", account.username());
		});
		return demo.size();
	}

	/**
	 * Changes an account's roles and whether it may log in, and resets its password when
	 * one is given (the person must then choose their own at the next login). Disabling,
	 * removing a role or resetting the password ends the person's open sessions. An
	 * administrator cannot remove the last enabled administrator.
	 */
	@Transactional
	public StaffMember update(StaffId id, Set<StaffRole> roles, boolean enabled, String newPassword) {
		StaffAccount account = accounts.findById(id.value())
			.orElseThrow(() -> DomainException.notFound("identity.account.unknown", id.value()));
		if (roles.isEmpty()) {
			throw DomainException.invalid("identity.roles.empty");
		}
		boolean wasAdmin = account.enabled() && account.roles().contains(StaffRole.ADMIN);
		boolean staysAdmin = enabled && roles.contains(StaffRole.ADMIN);
		if (wasAdmin && !staysAdmin && accounts.countEnabledAdministrators() <= 1) {
			throw DomainException.conflict("identity.lastAdministrator");
		}
		boolean reset = newPassword != null && !newPassword.isBlank();
		if (reset) {
			PasswordRule.check(newPassword);
		}
		Set<StaffRole> before = Set.copyOf(account.roles());
		boolean wasEnabled = account.enabled();
		if (reset) {
			account.resetPassword(passwords.encode(newPassword));
			SecurityLog.event("account.passwordReset", "user", account.username(), "by", actor());
		}
		account.update(account.toMember().displayName(), roles, enabled);
		if (!before.equals(roles)) {
			SecurityLog.event("account.rolesChanged", "user", account.username(), "from", names(before), "to",
					names(roles), "by", actor());
		}
		if (wasEnabled != enabled) {
			SecurityLog.event(enabled ? "account.enabled" : "account.disabled", "user", account.username(), "by",
					actor());
		}
		return account.toMember();
	}

	/**
	 * The logged-in person chooses a new password, giving the current one. Their other
	 * sessions end.
	 * @return the login to keep in this session, with the account's new epoch
	 */
	@Transactional
	StaffPrincipal changeOwnPassword(StaffId id, String currentPassword, String newPassword) {
		StaffAccount account = accounts.findById(id.value())
			.orElseThrow(() -> DomainException.notFound("identity.account.unknown", id.value()));
		if (currentPassword == null || !passwords.matches(currentPassword, account.passwordHash())) {
			SecurityLog.event("account.passwordChangeRefused", "user", account.username());
			throw DomainException.invalid("identity.password.currentWrong");
		}
		PasswordRule.check(newPassword);
		if (newPassword.equals(currentPassword)) {
			throw DomainException.invalid("identity.password.unchanged");
		}
		account.choosePassword(passwords.encode(newPassword));
		accounts.flush();
		SecurityLog.event("account.passwordChanged", "user", account.username());
		return new StaffPrincipal(account.toMember(), null, account.sessionEpoch());
	}

	/** What decides whether a login made earlier still holds. */
	Optional<AccountState> state(StaffId id) {
		return accounts.findState(id.value());
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return accounts.findByUsername(normalized(username))
			.map(account -> new StaffPrincipal(account.toMember(), account.passwordHash(), account.sessionEpoch()))
			.orElseThrow(() -> new UsernameNotFoundException("unknown"));
	}

	static String randomPassword() {
		byte[] bytes = new byte[15];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * User names are stored in lower case; {@link Locale#ROOT} so that no locale turns I
	 * into ı.
	 */
	static String normalized(String username) {
		return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
	}

	private static String names(Set<StaffRole> roles) {
		return roles.stream().map(Enum::name).sorted().collect(java.util.stream.Collectors.joining(","));
	}

	private String actor() {
		return SecurityLog.actor();
	}

}
