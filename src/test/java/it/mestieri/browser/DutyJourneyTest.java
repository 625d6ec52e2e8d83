package it.mestieri.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import it.mestieri.identity.StaffDirectory;
import it.mestieri.testing.BrowserTestBase;
import it.mestieri.testing.Json;

/** The public looks at who is on duty today and this week. */
class DutyJourneyTest extends BrowserTestBase {

	@org.springframework.beans.factory.annotation.Autowired
	StaffDirectory staff;

	@BeforeEach
	void aRotaForTuesdays() {
		for (String table : List.of("rota_exception", "rota_shift", "rota_closing_day", "rota_off_rota_take")) {
			database.jdbc().sql("delete from " + table).update();
		}
		long marco = staff.findByUsername("counsellor").orElseThrow().id().value();
		long sara = staff.findByUsername("counsellor2").orElseThrow().id().value();
		shift(desk("LAVORO", 0), "10:00", "13:00", marco);
		shift(desk("ORIENTAMENTO", 0), "16:00", "19:00", sara);
		var closed = api.as("coordinator")
			.post("/api/v1/rota/closing-days",
					Json.of("date", "2026-03-12", "reason", "Giornata di formazione del personale"));
		org.assertj.core.api.Assertions.assertThat(closed.status()).as(closed.toString()).isEqualTo(201);
	}

	private void shift(long desk, String start, String end, long counsellor) {
		var added = api.as("coordinator")
			.post("/api/v1/shifts", Json.of("desk", desk, "weekday", "TUESDAY", "start", start, "end", end, "validFrom",
					"2026-03-01", "counsellors", List.of(counsellor)));
		org.assertj.core.api.Assertions.assertThat(added.status()).as(added.toString()).isEqualTo(201);
	}

	@Test
	void thePublicSeesPartnersOnDutyByAreaAndNoNameWithoutConsent() {
		page.navigate(url("/duty"));

		Locator today = page.locator("section.duty-today");
		Locator work = today.locator("tr", new Locator.LocatorOptions().setHasText("Cercare lavoro"));
		assertThat(work).containsText("10:00–13:00");
		assertThat(work).containsText("Consorzio Idea Agenzia per il Lavoro");
		assertThat(work).containsText(message("rota.duty.with", "Marco (consulente)"));
		assertThat(work).containsText(message("rota.duty.now"));
		Locator guidance = today.locator("tr", new Locator.LocatorOptions().setHasText("Orientarsi nelle scelte"));
		assertThat(guidance).containsText("16:00–19:00");
		assertThat(guidance).containsText("Solco Roma");
		assertThat(page.locator("main")).not().containsText("Sara");
		assertThat(page.locator("section.duty-week"))
			.containsText(message("rota.duty.closed", "Giornata di formazione del personale"));
		screenshot(page, "duty", "1-public");

		page.navigate(url("/duty?lang=en"));
		assertThat(page.locator("h1")).hasText(english("rota.duty.heading"));
		assertThat(page.locator("section.duty-today")).containsText("Looking for work");
		assertThat(page.locator("main")).not().containsText("Sara");
		page.setViewportSize(390, 844);
		screenshot(page, "duty", "2-phone");
		assertThat(page.locator("main")).isVisible();
	}

}
