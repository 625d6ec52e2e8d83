package it.mestieri.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;

import it.mestieri.testing.BrowserTestBase;

/**
 * A visitor takes a ticket at the self check-in kiosk, here on a phone-sized touch
 * screen.
 */
class KioskJourneyTest extends BrowserTestBase {

	@Test
	void aVisitorTapsAnAreaOnAPhoneSizedScreenAndSeesTheTicketNumber() {
		Page phone = newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
			.setIsMobile(true)
			.setHasTouch(true)
			.setDeviceScaleFactor(1)).newPage();
		phone.navigate(url("/kiosk"));
		assertThat(phone.locator("h1")).hasText(message("kiosk.heading"));
		assertFitsTheScreen(phone);
		screenshot(phone, "kiosk", "1-phone");

		phone.locator(".kiosk-button", new Page.LocatorOptions().setHasText("Cercare lavoro")).tap();

		assertThat(phone.locator(".ticket-number")).hasText("L-001");
		assertThat(phone.locator(".ticket-area")).hasText("Cercare lavoro");
		assertThat(phone.locator(".ticket-card")).hasAttribute("role", "status");
		assertFitsTheScreen(phone);
		screenshot(phone, "kiosk", "2-ticket");
		assertThat(AccessibilityTest.audit(phone, "kiosk ticket on a phone")).isEmpty();
		assertThat(database.count("select count(*) from reception_visit where ticket = 'L-001' and channel = 'KIOSK'"))
			.isEqualTo(1);
	}

	@Test
	void theKioskSaysWhenItOpensAgainWhenTheCentreIsClosed() {
		clock.setTo(java.time.LocalDateTime.of(2026, 3, 9, 10, 30)); // a Monday: closed
		Page phone = newContext(
				new Browser.NewContextOptions().setViewportSize(390, 844).setIsMobile(true).setHasTouch(true))
			.newPage();
		phone.navigate(url("/kiosk"));

		assertThat(phone.locator(".kiosk-closed")).containsText(message("kiosk.closed"));
		assertThat(phone.locator(".kiosk-button")).hasCount(0);
	}

	private static void assertFitsTheScreen(Page phone) {
		assertThat(phone.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
			.as("no sideways scrolling on a phone")
			.isEqualTo(true);
	}

}
