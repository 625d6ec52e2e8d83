package it.mestieri.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.microsoft.playwright.Locator;

import it.mestieri.search.EscoFixture;
import it.mestieri.testing.BrowserTestBase;

/**
 * A visitor searches an occupation with a typo, by keyboard only, and opens its sheet.
 */
class SearchJourneyTest extends BrowserTestBase {

	@Autowired
	ApplicationContext context;

	EscoFixture esco;

	@BeforeEach
	void realOccupations() {
		esco = EscoFixture.of(context).load();
	}

	@AfterEach
	void removeThem() {
		esco.clean();
	}

	@Test
	void aVisitorSearchesWithATypoAndOpensTheSheetByKeyboard() {
		page.navigate(url("/search"));
		Locator box = page.getByLabel(message("search.label"));
		box.focus();
		page.keyboard().type("elettricsta");
		page.keyboard().press("Enter");

		Locator first = page.locator("ol.search-results li").first();
		assertThat(first.locator("h3 a")).hasText("elettricista");
		assertThat(first.locator(".search-badge")).hasText(message("search.type.OCCUPATION"));
		assertThat(page.locator("#results-title")).containsText("elettricsta");
		screenshot(page, "search", "1-typo");

		first.locator("h3 a").focus();
		page.keyboard().press("Enter");

		assertThat(page.locator("h1")).hasText("elettricista");
		assertThat(page.locator("main")).containsText("6.1.3.7.0");
		assertThat(page.locator("main")).containsText(message("resources.occupation.events.none"));
		assertThat(page.locator(".esco-attribution")).containsText(message("resources.esco.attribution"));
		screenshot(page, "search", "2-sheet");
	}

}
