package it.mestieri.identity;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
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
		return accounts.findByUsernameIgnoreCase(username).map(StaffAccount::toMember);
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
		String name = username == null ? "" : username.trim().toLowerCase();
		if (!name.matches("[a-z0-9._-]{3,60}")) {
			throw DomainException.invalid("identity.username.invalid");
		}
		if (password == null || password.length() < 12 || password.length() > 200) {
			throw DomainException.invalid("identity.password.tooShort", 12);
		}
		return newAccount(name, displayName, password, roles);
	}

	private StaffMember newAccount(String name, String displayName, String password, Set<StaffRole> roles) {
		if (roles.isEmpty()) {
			throw DomainException.invalid("identity.roles.empty");
		}
		if (accounts.findByUsernameIgnoreCase(name).isPresent()) {
			throw DomainException.conflict("identity.username.taken", name);
		}
		String shownName = displayName == null || displayName.isBlank() ? name : displayName.trim();
		return accounts.save(new StaffAccount(name, shownName, passwords.encode(password), roles, Instant.now()))
			.toMember();
	}

	/** Creates the account, or resets its password and roles when it exists (demo accounts). */
	@Transactional
	public StaffMember createOrReset(String username, String displayName, String password, Set<StaffRole> roles) {
		return accounts.findByUsernameIgnoreCase(username).map(account -> {
			account.changePassword(passwords.encode(password));
			account.update(displayName, roles, true);
			return account.toMember();
		}).orElseGet(() -> newAccount(username, displayName, password, roles));
	}

	/**
	 * Changes an account's roles and whether it may log in, and its password when one is given.
	 * An administrator cannot remove the last enabled administrator.
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
		if (newPassword != null && !newPassword.isBlank()) {
			if (newPassword.length() < 12 || newPassword.length() > 200) {
				throw DomainException.invalid("identity.password.tooShort", 12);
			}
			account.changePassword(passwords.encode(newPassword));
		}
		account.update(account.toMember().displayName(), roles, enabled);
		return account.toMember();
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return accounts.findByUsernameIgnoreCase(username)
			.map(account -> new StaffPrincipal(account.toMember(), account.passwordHash()))
			.orElseThrow(() -> new UsernameNotFoundException(username));
	}

	static String randomPassword() {
		byte[] bytes = new byte[15];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}
}
