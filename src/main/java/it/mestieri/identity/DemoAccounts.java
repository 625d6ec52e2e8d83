package it.mestieri.identity;

import java.util.EnumSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import it.mestieri.shared.DemoMode;

/**
 * In demo mode only: one account per role, all with MESTIERI_DEMO_PASSWORD or, when it is not
 * set, a random password printed in the log at each start.
 */
@Component
@Order(20)
class DemoAccounts implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

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
			return;
		}
		String password = configuredPassword.isBlank() ? StaffDirectory.randomPassword() : configuredPassword;
		staff.createOrReset("reception", "Giulia (accoglienza)", password, EnumSet.of(StaffRole.RECEPTION));
		staff.createOrReset("counsellor", "Marco (consulente)", password, EnumSet.of(StaffRole.COUNSELLOR));
		staff.createOrReset("counsellor2", "Sara (consulente)", password, EnumSet.of(StaffRole.COUNSELLOR));
		staff.createOrReset("caseworker", "Luca (inserimento)", password, EnumSet.of(StaffRole.CASE_WORKER));
		staff.createOrReset("coordinator", "Anna (coordinamento)", password, EnumSet.of(StaffRole.COORDINATOR));
		staff.createOrReset("partnercoord", "Elena (coordinamento partner)", password,
				EnumSet.of(StaffRole.PARTNER_COORDINATOR));
		staff.createOrReset("admin", "Amministratore", password, EnumSet.of(StaffRole.ADMIN));
		if (configuredPassword.isBlank()) {
			log.warn("DEMO MODE. Accounts reception, counsellor, counsellor2, caseworker, coordinator, partnercoord, admin; "
					+ "password for this run: {}", password);
		}
		else {
			log.warn("DEMO MODE. Accounts reception, counsellor, counsellor2, caseworker, coordinator, partnercoord, admin; "
					+ "password from MESTIERI_DEMO_PASSWORD");
		}
	}
}
