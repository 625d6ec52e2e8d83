package it.mestieri.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import it.mestieri.testing.BrowserTestBase;

/** Reception at the front desk, hands on the keyboard. */
class ReceptionJourneyTest extends BrowserTestBase {

	@Test
	void receptionChecksVisitorsInWithTheKeyboardAlone() {
		logIn(page, "reception");
		page.navigate(url("/reception"));
		assertThat(page.locator("#area-LAVORO")).isFocused();
		screenshot(page, "reception", "1-form");

		// "1" chooses the first area, Enter issues the ticket.
		page.keyboard().press("1");
		page.keyboard().press("Enter");

		assertThat(page.locator(".issued-ticket")).hasText("L-001");
		assertThat(page.locator(".issued")).containsText(message("checkin.issued"));
		assertThat(page.locator(".issued")).containsText("Cercare lavoro");
		screenshot(page, "reception", "2-issued");

		// The next visitor: an arrow key moves to the second area, Tab reaches the age
		// band,
		// an arrow key chooses one, Enter issues the ticket.
		assertThat(page.locator("#area-LAVORO")).isFocused();
		page.keyboard().press("ArrowRight");
		assertThat(page.locator("#area-IMPRESA")).isChecked();
		for (int tabs = 0; tabs < 10 && !"ageBand".equals(activeElementId()); tabs++) {
			page.keyboard().press("Tab");
		}
		assertThat(page.locator("#ageBand")).isFocused();
		page.keyboard().press("ArrowDown");
		assertThat(page.locator("#ageBand")).hasValue("UNDER_18");
		screenshot(page, "reception", "3-second-visitor");
		page.keyboard().press("Enter");

		assertThat(page.locator(".issued-ticket")).hasText("I-001");
		screenshot(page, "reception", "4-second-issued");
		assertThat(
				database.count("select count(*) from reception_visit where ticket = 'I-001' and age_band = 'UNDER_18'"))
			.isEqualTo(1);
		assertThat(page.locator("table:has(caption) tbody th")).containsText(new String[] { "L-001", "I-001" });
	}

	private String activeElementId() {
		return (String) page.evaluate("() => document.activeElement && document.activeElement.id");
	}

}
