package it.mestieri.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

import it.mestieri.identity.SetupCodes;
import it.mestieri.identity.StaffDirectory;
import it.mestieri.testing.BrowserTest;
import it.mestieri.testing.Chromium;

/**
 * A new installation, out of demo mode: no account at all, so the one-time setup page is
 * there. It passes the accessibility audit in both languages, refuses a wrong setup code,
 * and creates the first administrator with the code printed in the log; then it is gone.
 */
@BrowserTest
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "mestieri.demo=false", "spring.datasource.url=jdbc:h2:mem:new-installation;DB_CLOSE_DELAY=-1" })
@ActiveProfiles("test")
class SetupPageTest {

	@LocalServerPort
	int port;

	@Autowired
	StaffDirectory staff;

	@Autowired
	ApplicationContext context;

	@Test
	void theOneTimeSetupPageIsAccessibleAndCreatesTheFirstAdministrator() {
		try (BrowserContext browser = Chromium.shared().newContext()) {
			Page page = browser.newPage();
			List<String> violations = new ArrayList<>();
			for (String lang : List.of("it", "en")) {
				Response response = page.navigate("http://localhost:" + port + "/setup?lang=" + lang);
				assertThat(response.status()).isEqualTo(200);
				assertThat(page.locator("html").getAttribute("lang")).isEqualTo(lang);
				violations.addAll(AccessibilityTest.audit(page, "setup (" + lang + ")"));
			}
			assertThat(violations).as("accessibility violations of impact serious or critical").isEmpty();

			page.navigate("http://localhost:" + port + "/setup?lang=it");
			page.fill("#setupCode", "not-the-code");
			page.fill("#username", "direttrice");
			page.fill("#password", "a-long-enough-password");
			page.fill("#repeatPassword", "a-long-enough-password");
			page.locator("main button[type=submit]").click();
			assertThat(page.locator(".invalid-feedback").first().textContent()).contains("codice di configurazione");
			assertThat(staff.hasAdministrator()).isFalse();

			page.fill("#setupCode", SetupCodes.of(context));
			page.fill("#password", "a-long-enough-password");
			page.fill("#repeatPassword", "a-long-enough-password");
			page.locator("main button[type=submit]").click();
			page.waitForURL("**/login?setupDone");
			assertThat(staff.hasAdministrator()).isTrue();
			assertThat(page.navigate("http://localhost:" + port + "/setup").status()).isEqualTo(404);
		}
	}

}
