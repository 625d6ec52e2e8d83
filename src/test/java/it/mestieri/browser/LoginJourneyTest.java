package it.mestieri.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import it.mestieri.testing.BrowserTestBase;

/** Staff log in and out; a wrong password is said plainly. */
class LoginJourneyTest extends BrowserTestBase {

	@Test
	void aWrongPasswordIsRefusedWithAMessageAndTheUserStaysOnTheLoginPage() {
		page.navigate(url("/login"));
		page.getByLabel(message("login.username")).fill("reception");
		page.getByLabel(message("login.password")).fill("not-the-password");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(message("login.submit"))).click();

		assertThat(page).hasURL(Pattern.compile(".*/login\\?error.*"));
		assertThat(page.getByRole(AriaRole.ALERT)).hasText(message("login.error"));
		assertThat(page.getByLabel(message("login.password"))).isEmpty();
		screenshot(page, "login", "1-wrong-password");
	}

	@Test
	void staffLogInReachTheirPagesAndLogOut() {
		page.navigate(url("/reception"));
		assertThat(page).hasURL(Pattern.compile(".*/login$"));
		assertThat(page.getByLabel(message("login.username"))).isFocused();
		screenshot(page, "login", "2-form");

		page.getByLabel(message("login.username")).fill("reception");
		page.getByLabel(message("login.password")).fill(password);
		page.getByLabel(message("login.password")).press("Enter");

		assertThat(page).hasURL(Pattern.compile(".*/reception(\\?continue)?$"));
		assertThat(page.locator("h1")).hasText(message("checkin.heading"));
		assertThat(page.locator(".staff-name")).hasText("Giulia (accoglienza)");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(message("layout.logout"))).click();

		assertThat(page).hasURL(Pattern.compile(".*/\\?loggedOut$"));
		assertThat(page.getByRole(AriaRole.STATUS)).hasText(message("home.loggedOut"));
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(message("layout.login"))))
			.isVisible();
		screenshot(page, "login", "3-logged-out");
		page.navigate(url("/reception"));
		assertThat(page).hasURL(Pattern.compile(".*/login$"));
	}

}
