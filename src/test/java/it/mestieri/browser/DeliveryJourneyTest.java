package it.mestieri.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;

import it.mestieri.identity.StaffDirectory;
import it.mestieri.testing.BrowserTestBase;
import it.mestieri.testing.Json;

/**
 * The coordinator looks at what a partner promised against what it delivered, and exports
 * it.
 */
class DeliveryJourneyTest extends BrowserTestBase {

	@Autowired
	StaffDirectory staff;

	@BeforeEach
	void marcoWorkedTwoHoursOfHisShift() {
		for (String table : List.of("rota_exception", "rota_shift", "rota_closing_day", "rota_off_rota_take")) {
			database.jdbc().sql("delete from " + table).update();
		}
		long marco = staff.findByUsername("counsellor").orElseThrow().id().value();
		var shift = api.as("coordinator")
			.post("/api/v1/shifts", Json.of("desk", desk("LAVORO", 0), "weekday", "TUESDAY", "start", "10:00", "end",
					"13:00", "validFrom", "2026-03-01", "counsellors", List.of(marco)));
		org.assertj.core.api.Assertions.assertThat(shift.status()).as(shift.toString()).isEqualTo(201);
		long desk = take("counsellor", desk("LAVORO", 0));
		clock.advance(Duration.ofHours(2));
		api.as("counsellor").post("/api/v1/desks/" + desk + "/release");
	}

	@Test
	void theCoordinatorSeesShortfallsOpensAPartnerAndDownloadsTheCsv() {
		logIn(page, "coordinator");
		page.navigate(url("/delivery?from=2026-03-10&to=2026-03-10"));

		Locator idea = page.locator("tr",
				new com.microsoft.playwright.Page.LocatorOptions().setHasText("Consorzio Idea"));
		assertThat(idea).containsText("2.00");
		Locator solco = page.locator("tr", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Solco Roma"));
		// Orientation and inclusion hours, and the workshops: none in the events calendar
		// that day.
		assertThat(solco).containsText(message("delivery.shortfallCount", 3));
		screenshot(page, "delivery", "1-overview");

		idea.getByRole(AriaRole.LINK).click();
		assertThat(page.locator("h1")).containsText("Consorzio Idea");
		Locator hours = page.locator("tr", new com.microsoft.playwright.Page.LocatorOptions()
			.setHasText(message("delivery.kind.COUNSELLOR_HOURS")));
		assertThat(hours).containsText(message("delivery.status.MET"));
		assertThat(hours.getByRole(AriaRole.PROGRESSBAR)).hasAttribute("aria-valuenow", "100");
		assertThat(page.locator("main")).containsText("Marco (consulente)");
		screenshot(page, "delivery", "2-partner");

		Download csv = page.waitForDownload(
				() -> page
					.getByRole(AriaRole.LINK,
							new com.microsoft.playwright.Page.GetByRoleOptions()
								.setName(message("delivery.csv.download")))
					.click());
		org.assertj.core.api.Assertions.assertThat(csv.suggestedFilename())
			.isEqualTo("delivery-" + idea.page().url().replaceAll(".*/partners/(\\d+).*", "$1")
					+ "-2026-03-10-2026-03-10.csv");
	}

}
