package it.mestieri.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.microsoft.playwright.Locator;

import it.mestieri.centre.CentreDirectory;
import it.mestieri.search.EscoFixture;
import it.mestieri.testing.BrowserTestBase;

/**
 * A counsellor filters the open job offers of an area with the search's facets; expired
 * ones never show.
 */
class OfferFilterJourneyTest extends BrowserTestBase {

	@Autowired
	ApplicationContext context;

	@Autowired
	CentreDirectory centre;

	EscoFixture esco;

	@BeforeEach
	void offers() {
		esco = EscoFixture.of(context).load();
		long lavoro = centre.requireArea("LAVORO").id().value();
		long impresa = centre.requireArea("IMPRESA").id().value();
		esco.openOffer("Cuoco per mensa aziendale", "Roma", "LAVORO", lavoro, LocalDate.of(2026, 3, 1),
				LocalDate.of(2026, 3, 31));
		esco.openOffer("Cuoco per catering di eventi", "Roma", "IMPRESA", impresa, LocalDate.of(2026, 3, 1),
				LocalDate.of(2026, 3, 31));
		esco.openOffer("Cuoco per mensa scolastica scaduta", "Roma", "LAVORO", lavoro, LocalDate.of(2026, 2, 1),
				LocalDate.of(2026, 3, 9));
	}

	@AfterEach
	void removeThem() {
		esco.clean();
	}

	@Test
	void aCounsellorFiltersOpenOffersForAnArea() {
		logIn(page, "counsellor");
		page.navigate(url("/search?q=cuoco"));

		Locator filters = page.locator("form.search-facets");
		assertThat(page.locator("#results-title")).containsText("cuoco");
		Locator offers = filters.locator("input[name=type][value=JOB_OFFER]");
		assertThat(filters.locator("label[for='" + offers.getAttribute("id") + "']"))
			.containsText(message("search.type.JOB_OFFER"));
		offers.focus();
		page.keyboard().press("Space");
		Locator work = filters.locator("input[name=area][value=LAVORO]");
		assertThat(filters.locator("label[for='" + work.getAttribute("id") + "']")).containsText("Cercare lavoro");
		work.focus();
		page.keyboard().press("Space");
		filters
			.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
					new Locator.GetByRoleOptions().setName(message("search.applyFilters")))
			.press("Enter");

		Locator results = page.locator("ol.search-results");
		assertThat(results.locator("li", new Locator.LocatorOptions().setHasText("Cuoco per"))).hasCount(1);
		assertThat(results).containsText("Cuoco per mensa aziendale");
		assertThat(results).not().containsText("scaduta");
		assertThat(results).not().containsText("catering");
		assertThat(page.locator("form.search-facets input[name=type][value=JOB_OFFER]")).isChecked();
		screenshot(page, "search", "3-offers-for-an-area");
	}

}
