package it.mestieri.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import it.mestieri.shared.DemoMode;
import it.mestieri.testing.Browser;

/**
 * The embedded H2 database with no setting at all, as a plain {@code java -jar} starts
 * it: a real installation, not the demo. No account exists and the one-time setup is
 * open; the accounts a past demo run left are disabled; a password BCrypt cannot take is
 * refused with a message.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "mestieri.demo=", "mestieri.demo-password=",
				"spring.datasource.url=jdbc:h2:mem:real-installation;DB_CLOSE_DELAY=-1" })
@ActiveProfiles("test")
class RealInstallationTest {

	@LocalServerPort
	int port;

	@Autowired
	StaffDirectory staff;

	@Autowired
	DemoMode demoMode;

	@Autowired
	DemoAccounts demoAccounts;

	@Autowired
	ApplicationContext context;

	@Test
	void anEmbeddedDatabaseWithNoSettingIsARealInstallation() {
		assertThat(demoMode.enabled()).isFalse();
		assertThat(staff.all()).extracting(StaffMember::username).doesNotContain("reception", "coordinator");
		assertThat(SetupCodes.of(context)).isNotBlank();
	}

	@Test
	void theAccountsAPastDemoRunCreatedAreDisabledWhenDemoModeIsOff() {
		assertThat(staff.seedDemo("counsellor2", "Sara (consulente)", "a-demo-password-1",
				EnumSet.of(StaffRole.COUNSELLOR)))
			.isTrue();
		staff.create("sara.real", "Sara", "a-real-password-1", EnumSet.of(StaffRole.COUNSELLOR));

		demoAccounts.run(null);

		assertThat(staff.findByUsername("counsellor2"))
			.hasValueSatisfying(demo -> assertThat(demo.enabled()).isFalse());
		assertThat(staff.findByUsername("sara.real")).hasValueSatisfying(real -> assertThat(real.enabled()).isTrue());
	}

	@Test
	void theSetupRefusesAPasswordOverSeventyTwoBytesWithAMessage() throws Exception {
		Browser browser = new Browser(port);
		String tooLong = "è".repeat(37);

		HttpResponse<String> refused = browser.postWithToken("/setup", "/setup", Map.of("setupCode",
				SetupCodes.of(context), "username", "direttrice", "password", tooLong, "repeatPassword", tooLong));

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("al massimo 72 byte");
		assertThat(staff.findByUsername("direttrice")).isEmpty();
	}

}
