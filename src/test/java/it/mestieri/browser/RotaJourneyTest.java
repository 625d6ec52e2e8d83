package it.mestieri.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import it.mestieri.identity.StaffDirectory;
import it.mestieri.testing.ApiResponse;
import it.mestieri.testing.BrowserTestBase;
import it.mestieri.testing.Json;

/** The coordinator builds next week's rota on the rota page. */
class RotaJourneyTest extends BrowserTestBase {

	@Autowired
	StaffDirectory staff;

	static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ITALIAN);

	@BeforeEach
	void anEmptyRota() {
		for (String table : List.of("rota_exception", "rota_shift", "rota_closing_day", "rota_off_rota_take")) {
			database.jdbc().sql("delete from " + table).update();
		}
	}

	@Test
	void theCoordinatorBuildsNextWeeksRota() {
		LocalDate nextTuesday = LocalDate.of(2026, 3, 17);
		String gap = message("rota.gap", SHORT_DAY.format(nextTuesday), "IMPRESA", "10:00", "13:00",
				"Città dei Mestieri di Roma");
		logIn(page, "coordinator");
		page.navigate(url("/rota"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(message("rota.nextWeek"))).click();

		assertThat(page.locator("h1")).hasText(message("rota.heading", "2026-W12"));
		assertThat(page.locator("ul.gaps")).containsText(gap);
		screenshot(page, "rota", "1-next-week");

		page.getByLabel(message("rota.desk"), new Page.GetByLabelOptions().setExact(true))
			.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Sportello 3 · Fare impresa"));
		page.getByLabel(message("rota.weekday"), new Page.GetByLabelOptions().setExact(true)).selectOption("TUESDAY");
		page.getByLabel(message("rota.start"), new Page.GetByLabelOptions().setExact(true)).fill("10:00");
		page.getByLabel(message("rota.end"), new Page.GetByLabelOptions().setExact(true)).fill("13:00");
		assertThat(page.getByLabel(message("rota.validFrom"), new Page.GetByLabelOptions().setExact(true)))
			.hasValue("2026-03-16");
		page.getByLabel(message("rota.counsellor"), new Page.GetByLabelOptions().setExact(true))
			.selectOption(new com.microsoft.playwright.options.SelectOption()
				.setLabel("Marco (consulente) (Consorzio Idea Agenzia per il Lavoro)"));
		page.locator("form.add-shift button[type=submit]").click();

		assertThat(page.getByRole(AriaRole.STATUS)).hasText(message("rota.saved"));
		assertThat(page.locator("h1")).hasText(message("rota.heading", "2026-W12"));
		Locator impresa = page.locator("table.rota-grid tr", new Page.LocatorOptions()
			.setHas(page.locator("th", new Page.LocatorOptions().setHasText("Fare impresa"))));
		// the area is the row's header, then a cell per day from Monday: Tuesday is the
		// second
		assertThat(impresa.locator("td").nth(1)).containsText("10:00–13:00 Sportello 3");
		assertThat(impresa.locator("td").nth(1))
			.containsText("Marco (consulente) (Consorzio Idea Agenzia per il Lavoro)");
		assertThat(page.locator("ul.gaps")).not().containsText(gap);
		screenshot(page, "rota", "2-shift-added");
	}

	@Test
	void theCoordinatorEntersAnAbsenceOverThreeWeeksAndRemovesOneDate() {
		long marco = staff.findByUsername("counsellor").orElseThrow().id().value();
		ApiResponse shift = api.as("coordinator")
			.post("/api/v1/shifts", Json.of("desk", desk("LAVORO", 0), "weekday", "TUESDAY", "start", "10:00", "end",
					"13:00", "validFrom", "2026-03-01", "counsellors", List.of(marco)));
		org.assertj.core.api.Assertions.assertThat(shift.status()).as(shift.toString()).isEqualTo(201);
		logIn(page, "coordinator");
		page.navigate(url("/rota?week=2026-W12"));
		assertThat(page.getByText(message("rota.noExceptions"))).isVisible();

		page.locator("#exception-date").fill("2026-03-17");
		page.getByLabel(message("rota.until")).fill("2026-03-31");
		page.getByLabel(message("rota.kind"), new Page.GetByLabelOptions().setExact(true)).selectOption("ABSENT");
		page.getByLabel(message("rota.exceptionCounsellor")).selectOption(String.valueOf(marco));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(message("rota.addException"))).click();

		assertThat(page.getByRole(AriaRole.STATUS)).hasText(message("rota.saved"));
		assertThat(page.locator("h1")).hasText(message("rota.heading", "2026-W12"));
		Locator exceptions = page.locator("table.exceptions tbody tr");
		assertThat(exceptions).hasCount(1);
		assertThat(exceptions).containsText(message("rota.kind.ABSENT"));
		assertThat(exceptions).containsText("Marco (consulente)");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(message("rota.nextWeek"))).click();
		assertThat(page.locator("h1")).hasText(message("rota.heading", "2026-W13"));
		Locator lavoro = page.locator("table.rota-grid tr",
				new Page.LocatorOptions().setHas(page.locator("th", new Page.LocatorOptions().setHasText("Lavoro"))));
		assertThat(lavoro.locator("td").nth(1)).containsText(message("rota.nobody"));
		assertThat(exceptions).hasCount(1);
		org.assertj.core.api.Assertions.assertThat(AccessibilityTest.audit(page, "rota with an exception"))
			.as("accessibility violations of impact serious or critical")
			.isEmpty();
		screenshot(page, "rota", "3-absence");

		exceptions.getByRole(AriaRole.BUTTON).click();

		assertThat(page.getByRole(AriaRole.STATUS)).hasText(message("rota.saved"));
		assertThat(page.locator("h1")).hasText(message("rota.heading", "2026-W13"));
		assertThat(page.getByText(message("rota.noExceptions"))).isVisible();
		assertThat(lavoro.locator("td").nth(1)).containsText("Marco (consulente)");
		assertThat(lavoro.locator("td").nth(1)).not().containsText(message("rota.nobody"));
	}

}
