package it.mestieri.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import it.mestieri.testing.BrowserTestBase;

/** Anyone, at home or on the way, looks at how long the wait is now. */
class WaitPageJourneyTest extends BrowserTestBase {

	@Test
	void thePublicSeesHowManyAreWaitingAndTheEstimatedWaitPerArea() {
		checkIn("LAVORO");
		checkIn("LAVORO");
		checkIn("IMPRESA");
		page.navigate(url("/"));
		page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
				new Page.GetByRoleOptions().setName(message("nav.wait")).setExact(true))
			.click();

		assertThat(page.locator("h1")).hasText(message("wait.heading"));
		assertThat(page.locator(".wait-table caption")).containsText("10:30");
		assertThat(page.getByText(message("wait.open"))).isVisible();
		Locator lavoro = page.locator(".wait-table tbody tr", new Page.LocatorOptions().setHasText("Cercare lavoro"));
		assertThat(lavoro.locator("td").nth(0)).hasText("2");
		assertThat(lavoro.locator("td").nth(1)).containsText(message("wait.minutes", 30));
		Locator impresa = page.locator(".wait-table tbody tr", new Page.LocatorOptions().setHasText("Fare impresa"));
		assertThat(impresa.locator("td").nth(0)).hasText("1");
		assertThat(page.locator("#how")).hasText(message("wait.how.heading"));
		screenshot(page, "wait", "1-now");
	}

}
