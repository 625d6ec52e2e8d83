package it.mestieri.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import it.mestieri.testing.ApiResponse;
import it.mestieri.testing.ApiTestBase;
import it.mestieri.testing.Json;

/**
 * The occupation sheet lists the upcoming events for the occupation, from the events
 * calendar: those that start from now on and are not cancelled, the soonest first, on the
 * page and in the API. The clock stands at Tuesday 10 March 2026, 10:30.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OccupationEventsTest extends ApiTestBase {

	EscoFixture fixture;

	@BeforeAll
	void load(@Autowired JdbcClient jdbc, @Autowired EntityManagerFactory emf,
			@Autowired PlatformTransactionManager transactions, @Autowired SearchIndex index) {
		fixture = new EscoFixture(jdbc, emf, transactions, index).load();
	}

	@AfterAll
	void clean() {
		fixture.clean();
	}

	@AfterEach
	void removeTheTestsEvents() {
		database.jdbc().sql("delete from events_event where title like '%(saldatura)'").update();
	}

	long event(String title, String startsAt, String endsAt, boolean cancelled) {
		ApiResponse created = api.as("coordinator")
			.post("/api/v1/events",
					Json.of("kind", "WORKSHOP", "title", title + " (saldatura)", "startsAt", startsAt, "endsAt", endsAt,
							"place", "Officina di via Prenestina", "occupations", List.of(EscoFixture.WELDER),
							"cancelled", cancelled));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.id();
	}

	@Test
	void theSheetShowsTheUpcomingEventsButNotCancelledOrPastOnes() {
		long later = event("Giornata in officina", "2026-03-25T16:00", "2026-03-25T18:00", false);
		long soon = event("Prova pratica", "2026-03-18T10:00", "2026-03-18T12:00", false);
		long cancelled = event("Laboratorio annullato", "2026-03-19T10:00", "2026-03-19T12:00", true);
		long past = event("Laboratorio di ieri", "2026-03-09T10:00", "2026-03-09T12:00", false);
		long welder = fixture.occupationId(EscoFixture.WELDER);

		ApiResponse page = api.as("reception").get("/occupations/" + welder + "?lang=it");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("href=\"/events/" + soon + "\"")
			.contains("Prova pratica (saldatura)")
			.contains("mercoledì 18 marzo 2026, 10:00–12:00")
			.contains("Officina di via Prenestina")
			.contains("href=\"/events/" + later + "\"")
			.doesNotContain("Laboratorio annullato")
			.doesNotContain("Laboratorio di ieri")
			.doesNotContain("Nessun evento in programma per questa professione");
		assertThat(page.body().indexOf("Prova pratica")).isLessThan(page.body().indexOf("Giornata in officina"));
		assertThat(api.as("counsellor").get("/occupations/" + welder + "?lang=en").body())
			.contains("Wednesday, March 18, 2026, 10:00");
		api.as("counsellor").get("/occupations/" + welder + "?lang=it");

		ApiResponse json = api.anonymous().get("/api/v1/occupations/" + welder);
		assertThat(json.<List<Integer>>read("$.events[*].id")).containsExactly((int) soon, (int) later)
			.doesNotContain((int) cancelled, (int) past);
		assertThat(json.text("$.events[0].startsAt")).isEqualTo("2026-03-18T10:00:00+01:00");
		assertThat(json.text("$.events[0].page")).isEqualTo("/events/" + soon);
		assertThat(json.text("$.events[0].kind")).isEqualTo("WORKSHOP");
	}

	@Test
	void withoutEventsTheSheetSaysNoneArePlanned() {
		long hairdresser = fixture.occupationId(EscoFixture.HAIRDRESSER);

		assertThat(api.anonymous().get("/occupations/" + hairdresser).body())
			.contains("Nessun evento in programma per questa professione");
		assertThat(api.anonymous().get("/api/v1/occupations/" + hairdresser).<List<Object>>read("$.events")).isEmpty();
	}

}
