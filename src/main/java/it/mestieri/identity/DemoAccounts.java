package it.mestieri.identity;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

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
 * In demo mode only (MESTIERI_DEMO=true): one account per role, all with
 * MESTIERI_DEMO_PASSWORD or, when it is not set (or breaks the password rule), a random
 * password printed in the log at each start. The seeding never changes an account it did
 * not create itself. Out of demo mode, the accounts it created are disabled, since their
 * passwords were printed or shared.
 */
@Component
@Order(20)
class DemoAccounts implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	static final Map<String, Set<StaffRole>> ROLES = Map.of("reception", EnumSet.of(StaffRole.RECEPTION), "counsellor",
			EnumSet.of(StaffRole.COUNSELLOR), "counsellor2", EnumSet.of(StaffRole.COUNSELLOR), "caseworker",
			EnumSet.of(StaffRole.CASE_WORKER), "coordinator", EnumSet.of(StaffRole.COORDINATOR), "partnercoord",
			EnumSet.of(StaffRole.PARTNER_COORDINATOR), "admin", EnumSet.of(StaffRole.ADMIN));

	private static final Map<String, String> NAMES = Map.of("reception", "Giulia (accoglienza)", "counsellor",
			"Marco (consulente)", "counsellor2", "Sara (consulente)", "caseworker", "Luca (inserimento)", "coordinator",
			"Anna (coordinamento)", "partnercoord", "Elena (coordinamento partner)", "admin", "Amministratore");

	private final DemoMode demoMode;

	private final StaffDirectory staff;

	private final String configuredPassword;

	DemoAccounts(DemoMode demoMode, StaffDirectory staff, @Value("${mestieri.demo-password:}") String password) {
		this.demoMode = demoMode;
		this.staff = staff;
		this.configuredPassword = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demoMode.enabled()) {
			int disabled = staff.disableDemoAccounts();
			if (disabled > 0) {
				log.warn("Demo mode is off: disabled the {} account(s) a demo run had created. This database still "
						+ "holds the demo centre's data.", disabled);
			}
			return;
		}
		String password = demoPassword();
		ROLES.keySet().stream().sorted().forEach(name -> {
			if (!staff.seedDemo(name, NAMES.get(name), password, ROLES.get(name))) {
				log.warn("DEMO MODE. An account named '{}' exists and was not made by the demo: left as it is", name);
			}
		});
		log.warn(
				"DEMO MODE. Accounts reception, counsellor, counsellor2, caseworker, coordinator, partnercoord, admin; {}",
				password.equals(configuredPassword) ? "password from MESTIERI_DEMO_PASSWORD"
						: "password for this run: " + password);
	}

	private String demoPassword() {
		if (configuredPassword.isBlank()) {
			return StaffDirectory.randomPassword();
		}
		try {
			PasswordRule.check(configuredPassword);
			return configuredPassword;
		}
		catch (DomainException ex) {
			log.error(
					"MESTIERI_DEMO_PASSWORD refused: it needs at least {} characters and at most {} bytes. "
							+ "A random password is used instead.",
					PasswordRule.MIN_CHARACTERS, PasswordRule.MAX_BYTES);
			return StaffDirectory.randomPassword();
		}
	}

}
