package it.mestieri.identity;

import java.util.EnumSet;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import it.mestieri.shared.DemoMode;
import it.mestieri.shared.DomainException;

/**
 * Makes sure someone can administer a new installation without a default password: the
 * first administrator comes from MESTIERI_ADMIN_USERNAME and MESTIERI_ADMIN_PASSWORD, or
 * else from the one-time setup page, which asks for a code printed in the log at start.
 */
@Component
/**
 * After {@link DemoAccounts}, which disables a past demo run's administrator when demo
 * mode is off.
 */
@Order(21)
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final StaffDirectory staff;

	private final DemoMode demoMode;

	private final String username;

	private final String password;

	private volatile String setupCode;

	FirstAdministrator(StaffDirectory staff, DemoMode demoMode, @Value("${mestieri.admin.username:}") String username,
			@Value("${mestieri.admin.password:}") String password) {
		this.staff = staff;
		this.demoMode = demoMode;
		this.username = username;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (demoMode.enabled() || staff.hasAdministrator()) {
			return;
		}
		if (!username.isBlank() && !password.isBlank()) {
			try {
				staff.create(username, username, password, EnumSet.of(StaffRole.ADMIN));
				log.info("Created the first administrator '{}' from MESTIERI_ADMIN_USERNAME", username);
				return;
			}
			catch (DomainException ex) {
				log.error(
						"MESTIERI_ADMIN_USERNAME / MESTIERI_ADMIN_PASSWORD refused ({}): user names have 3 to 60 of "
								+ "a-z, 0-9, '.', '-', '_'; passwords at least {} characters and at most {} bytes. "
								+ "Use /setup instead, or set them right and restart.",
						ex.messageKey(), PasswordRule.MIN_CHARACTERS, PasswordRule.MAX_BYTES);
			}
		}
		setupCode = StaffDirectory.randomPassword();
		log.warn("No administrator yet. Open /setup and enter this one-time setup code: {}", setupCode);
	}

	/** The code the setup page asks for, while no administrator exists. */
	Optional<String> setupCode() {
		if (setupCode != null && staff.hasAdministrator()) {
			setupCode = null;
		}
		return Optional.ofNullable(setupCode);
	}

}
