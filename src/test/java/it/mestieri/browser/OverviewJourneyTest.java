package it.mestieri.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

import it.mestieri.testing.BrowserTestBase;

/**
 * Reception keeps an eye on the queues and desks; screen-reader users hear the changes.
 */
class OverviewJourneyTest extends BrowserTestBase {

	@Test
	void theOverviewUpdatesItselfAndAnnouncesHowManyAreWaitingWhenItChanges() {
		logIn(page, "reception");
		page.navigate(url("/overview"));
		Locator announcer = page.locator("#overview-announcer");
		assertThat(announcer).hasAttribute("aria-live", "polite");
		assertThat(announcer).isEmpty();
		page.evaluate("() => { window.sameDocument = true; }");

		checkIn("LAVORO");
		checkIn("IMPRESA");

		LocatorAssertions.ContainsTextOptions aPollLater = new LocatorAssertions.ContainsTextOptions()
			.setTimeout(12_000);
		assertThat(page.locator("#overview-panel section[aria-labelledby=ov-queues] tbody tr",
				new Page.LocatorOptions().setHasText("Cercare lavoro")))
			.containsText("L-001", aPollLater);
		assertThat(announcer).containsText(message("overview.summary", 2, "10:30"), aPollLater);
		assertThat(page.evaluate("() => window.sameDocument === true")).as("no reload").isEqualTo(true);
		screenshot(page, "overview", "1-updated");
	}

}
