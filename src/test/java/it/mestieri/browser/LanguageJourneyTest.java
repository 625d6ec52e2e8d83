package it.mestieri.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import it.mestieri.testing.BrowserTestBase;

/** Italian by default; English one click away, kept from page to page. */
class LanguageJourneyTest extends BrowserTestBase {

	@Test
	void aVisitorSwitchesFromItalianToEnglishAndBack() {
		page.navigate(url("/"));
		assertThat(page.locator("html")).hasAttribute("lang", "it");
		assertThat(page.locator("h1")).hasText(message("home.heading"));
		Page.GetByRoleOptions english = new Page.GetByRoleOptions().setName("English").setExact(true);
		Page.GetByRoleOptions italian = new Page.GetByRoleOptions().setName("Italiano").setExact(true);
		assertThat(page.getByRole(AriaRole.LINK, italian)).hasAttribute("aria-current", "true");

		page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName(message("layout.language")))
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("English").setExact(true))
			.click();

		assertThat(page.locator("html")).hasAttribute("lang", "en");
		assertThat(page.locator("h1")).hasText(english("home.heading"));
		assertThat(page).hasTitle(english("home.title") + " · " + english("app.name"));
		assertThat(page.getByRole(AriaRole.LINK, english)).hasAttribute("aria-current", "true");
		screenshot(page, "language", "1-english-home");

		// The choice is kept: the next page is in English too.
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(english("nav.board")).setExact(true)).click();
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		assertThat(page.locator(".board-calls h2")).hasText(english("board.calls"));
		screenshot(page, "language", "2-english-board");

		page.navigate(url("/wait"));
		assertThat(page.locator("h1")).hasText(english("wait.heading"));
		page.getByRole(AriaRole.LINK, italian).click();
		assertThat(page.locator("html")).hasAttribute("lang", "it");
		assertThat(page.locator("h1")).hasText(message("wait.heading"));
	}

}
