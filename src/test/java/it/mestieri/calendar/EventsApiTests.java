package it.mestieri.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import it.mestieri.testing.ApiResponse;
import it.mestieri.testing.ApiTestBase;
import it.mestieri.testing.Json;

/**
 * The events calendar over the API: what the coordinator writes, what the public reads
 * (events not over yet by default, cancelled ones only when asked for), what is refused
 * (a 4xx problem in the user's language, nothing changed), two coordinators saving the
 * same event. The clock stands at Tuesday 10 March 2026, 10:30 in Rome. Runs on H2
 * ({@link EventsApiH2Test}) and PostgreSQL ({@link EventsApiPostgresTest}).
 */
abstract class EventsApiTests extends ApiTestBase {

	static final String NURSE = DemoEvents.NURSE;
	static final String COOK = DemoEvents.COOK;

	static String event(String title, Object... more) {
		Object[] base = { "kind", "WORKSHOP", "title", title, "description", "Due ore con una consulente.", "startsAt",
				"2026-03-20T10:00", "endsAt", "2026-03-20T12:30", "place", "Sala laboratori", "area", "LAVORO",
				"occupations", List.of(NURSE), "capacity", 15, "registrationRequired", true };
		return Json.withDefaults(base, more);
	}

	ApiResponse created(String json) {
		return created("/api/v1/events", json);
	}

	List<Integer> ids(String query) {
		ApiResponse listed = api.anonymous().get("/api/v1/events" + query);
		assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
		return listed.read("$.items[*].id");
	}

	long partner(String name) {
		List<Number> ids = api.anonymous().get("/api/v1/partners").read("$[?(@.name == '" + name + "')].id");
		return ids.get(0).longValue();
	}

	@AfterEach
	void removeTheTestsEvents() {
		database.jdbc().sql("delete from events_event where title not like '%(esempio)'").update();
	}

	@Test
	void aCoordinatorCreatesReadsChangesCancelsAndDeletesAnEvent() {
		long solco = partner("Solco Roma");
		ApiResponse created = created(event("Laboratorio CRUD di prova", "organiserPartner", solco));
		long id = created.id();
		assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/events/" + id);
		assertThat(created.number("$.version")).isZero();
		assertThat(created.text("$.startsAt")).as("a time without offset is Rome's")
			.isEqualTo("2026-03-20T10:00:00+01:00");
		assertThat(created.text("$.endsAt")).isEqualTo("2026-03-20T12:30:00+01:00");
		assertThat(created.text("$.area")).isEqualTo("LAVORO");
		assertThat(created.text("$.organiserName")).isEqualTo("Solco Roma");
		assertThat(created.<List<String>>read("$.occupations")).containsExactly(NURSE);
		assertThat(created.number("$.capacity")).isEqualTo(15);
		assertThat(created.<Boolean>read("$.registrationRequired")).isTrue();
		assertThat(created.<Boolean>read("$.cancelled")).isFalse();
		assertThat(created.text("$.page")).isEqualTo("/events/" + id);

		ApiResponse read = api.anonymous().get("/api/v1/events/" + id);
		assertThat(read.text("$.title")).isEqualTo("Laboratorio CRUD di prova");

		ApiResponse changed = api.as("coordinator")
			.put("/api/v1/events/" + id, event("Laboratorio CRUD cambiato", "version", 0, "startsAt",
					read.text("$.startsAt"), "endsAt", "2026-03-20T11:30:00Z", "capacity", null));
		assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
		assertThat(changed.number("$.version")).isEqualTo(1);
		assertThat(changed.text("$.startsAt")).as("what was read is sent back as it was")
			.isEqualTo("2026-03-20T10:00:00+01:00");
		assertThat(changed.text("$.endsAt")).isEqualTo("2026-03-20T12:30:00+01:00");
		assertThat(changed.<Object>read("$.capacity")).isNull();
		assertThat(changed.<Object>read("$.organiserPartner")).isNull();

		ApiResponse cancelled = api.as("coordinator")
			.put("/api/v1/events/" + id, event("Laboratorio CRUD cambiato", "version", 1, "cancelled", true));
		assertThat(cancelled.<Boolean>read("$.cancelled")).isTrue();
		assertThat(ids("")).doesNotContain((int) id);
		assertThat(ids("?cancelled=true")).contains((int) id);
		assertThat(api.anonymous().get("/api/v1/events/" + id).<Boolean>read("$.cancelled")).isTrue();

		assertThat(api.as("coordinator").delete("/api/v1/events/" + id).status()).isEqualTo(204);
		assertThat(api.anonymous().get("/api/v1/events/" + id).status()).isEqualTo(404);
	}

	@Test
	void thePublicListGivesEventsNotOverYetSoonestFirstAndFilters() {
		long later = created(event("Giornata di prova più avanti", "kind", "INFORMATION_DAY", "startsAt",
				"2026-03-25T10:00", "endsAt", "2026-03-25T13:00", "occupations", List.of(COOK)))
			.id();
		long sooner = created(event("Laboratorio di prova più vicino")).id();
		long now = created(event("Club di prova in corso", "kind", "CLUB", "startsAt", "2026-03-10T10:00", "endsAt",
				"2026-03-10T11:00", "occupations", List.of()))
			.id();
		long past = created(
				event("Laboratorio di prova passato", "startsAt", "2026-03-03T10:00", "endsAt", "2026-03-03T12:00"))
			.id();

		List<Integer> upcoming = ids("?size=100");
		assertThat(upcoming).contains((int) now, (int) sooner, (int) later).doesNotContain((int) past);
		assertThat(upcoming.indexOf((int) now)).isLessThan(upcoming.indexOf((int) sooner));
		assertThat(upcoming.indexOf((int) sooner)).isLessThan(upcoming.indexOf((int) later));

		assertThat(ids("?from=2026-03-01&to=2026-03-20&size=100"))
			.containsSubsequence((int) past, (int) now, (int) sooner)
			.doesNotContain((int) later);
		assertThat(ids("?from=2026-03-21")).contains((int) later).doesNotContain((int) sooner);
		assertThat(ids("?kind=INFORMATION_DAY&size=100")).contains((int) later).doesNotContain((int) sooner);
		assertThat(ids("?occupation=" + COOK)).contains((int) later).doesNotContain((int) sooner, (int) now);
		assertThat(ids("?occupation=" + NURSE.replace("http:", "https:") + "&from=2026-03-01&to=2026-03-31"))
			.contains((int) sooner, (int) past)
			.doesNotContain((int) later);

		clock.advance(Duration.ofHours(1));

		assertThat(ids("?size=100")).as("an event is listed until it ends").doesNotContain((int) now);
	}

	@Test
	void badInputIsRefusedWithTheFieldInTheUsersLanguageAndNothingChanges() {
		assertThat(refused(400, () -> api.as("coordinator").post("/api/v1/events", event(""))).text("$.detail"))
			.contains("Titolo")
			.contains("obbligatorio");
		assertThat(refused(400, () -> api.as("coordinator").inEnglish().post("/api/v1/events", event("")))
			.text("$.detail")).contains("The field \"Title\" is required");
		assertThat(refused(400,
				() -> api.as("coordinator").post("/api/v1/events", event("Al contrario", "endsAt", "2026-03-20T09:00")))
			.text("$.detail")).contains("dopo il suo inizio");
		assertThat(refused(400,
				() -> api.as("coordinator").post("/api/v1/events", event("Troppo lungo", "endsAt", "2026-06-20T09:00")))
			.text("$.detail")).contains("al massimo 31 giorni");
		assertThat(refused(400,
				() -> api.as("coordinator").post("/api/v1/events", event("Senza inizio", "startsAt", null)))
			.text("$.detail")).contains("Inizio");
		assertThat(refused(400,
				() -> api.as("coordinator")
					.post("/api/v1/events", event("Ora strana", "startsAt", "domani alle dieci")))
			.text("$.detail")).contains("Inizio").contains("aaaa-mm-gg");
		assertThat(refused(400, () -> api.as("coordinator").post("/api/v1/events", event("Senza luogo", "place", " ")))
			.text("$.detail")).contains("Luogo");
		assertThat(
				refused(400, () -> api.as("coordinator").post("/api/v1/events", event("Tipo strano", "kind", "PARTY")))
					.text("$.detail"))
			.contains("Valore sconosciuto")
			.contains("WORKSHOP");
		refused(400, () -> api.as("coordinator").post("/api/v1/events", event("Senza tipo", "kind", null)));
		assertThat(refused(400,
				() -> api.as("coordinator").post("/api/v1/events", event("Posti negativi", "capacity", -3)))
			.text("$.detail")).contains("posti").contains("da 1");
		assertThat(refused(400, () -> api.as("coordinator")
			.post("/api/v1/events", event("Professione finta", "occupations", List.of("http://example.org/nurse"))))
			.text("$.detail")).contains("professione ESCO");
		assertThat(refused(400,
				() -> api.as("coordinator").post("/api/v1/events", event("Partner finto", "organiserPartner", 999999)))
			.text("$.detail")).contains("Partner sconosciuto");
		assertThat(
				refused(400, () -> api.as("coordinator").post("/api/v1/events", event("Area finta", "area", "MARTE")))
					.text("$.detail"))
			.contains("MARTE");
		assertThat(refused(400,
				() -> api.as("coordinator").post("/api/v1/events", event("Campo sconosciuto", "colour", "blu")))
			.text("$.detail")).contains("colour");
		refused(400, () -> api.as("coordinator").post("/api/v1/events", event("x".repeat(301))));
		refused(400, () -> api.as("coordinator").post("/api/v1/events", event("Posti a parole", "capacity", "tanti")));
		assertThat(refused(400, () -> api.anonymous().get("/api/v1/events?from=ieri")).text("$.detail"))
			.contains("Dal");
		refused(400, () -> api.anonymous().get("/api/v1/events?from=2026-03-20&to=2026-03-01"));
		refused(400, () -> api.anonymous().get("/api/v1/events?kind=PARTY"));
		refused(400, () -> api.anonymous().get("/api/v1/events?occupation=infermiere"));
		refused(400, () -> api.anonymous().get("/api/v1/events?size=1000"));
		refused(404, () -> api.anonymous().get("/api/v1/events/999999"));
		refused(404, () -> api.as("coordinator").put("/api/v1/events/999999", event("x", "version", 0)));
		refused(404, () -> api.as("coordinator").delete("/api/v1/events/999999"));
	}

	@Test
	void onlyTheCoordinatorWrites() {
		long id = created(event("Laboratorio protetto")).id();
		refused(401, () -> api.anonymous().post("/api/v1/events", event("Anonimo")));
		refused(403, () -> api.as("counsellor").post("/api/v1/events", event("Consulente")));
		refused(403, () -> api.as("partnercoord").put("/api/v1/events/" + id, event("Partner", "version", 0)));
		refused(403, () -> api.as("reception").delete("/api/v1/events/" + id));
	}

	@Test
	void aStaleVersionIsRefusedWith409AndNothingIsLost() {
		long id = created(event("Evento conteso")).id();
		ApiResponse first = api.as("coordinator").put("/api/v1/events/" + id, event("Salvato per primo", "version", 0));
		assertThat(first.status()).as(first.toString()).isEqualTo(200);

		ApiResponse second = refused(409,
				() -> api.as("coordinator").put("/api/v1/events/" + id, event("Salvato per secondo", "version", 0)));

		assertThat(second.text("$.detail")).contains("Salvato per primo").contains("ricarica");
		assertThat(api.anonymous().get("/api/v1/events/" + id).text("$.title")).isEqualTo("Salvato per primo");
		assertThat(refused(400, () -> api.as("coordinator").put("/api/v1/events/" + id, event("Senza versione")))
			.text("$.detail")).contains("Versione");
	}

	@Test
	void twoCoordinatorsSavingTheSameEventAtOnceOneWinsTheOtherGets409() throws Exception {
		long id = created(event("Evento in gara")).id();
		oneOfTwoSavesWins("/api/v1/events/" + id, event("Primo", "version", 0), event("Secondo", "version", 0));
	}

	@Test
	@SuppressWarnings("unchecked")
	void theEventEndpointsAreDescribedInTheApiDocs() {
		ApiResponse docs = api.anonymous().get("/v3/api-docs");

		assertThat(docs.status()).as(docs.toString()).isEqualTo(200);
		assertThat((Map<String, Object>) docs.read("$.paths['/api/v1/events']")).containsKeys("get", "post");
		assertThat((Map<String, Object>) docs.read("$.paths['/api/v1/events/{id}']")).containsKeys("get", "put",
				"delete");
	}

	@Test
	void theDemoCalendarHasUpcomingEventsForOccupationsOfTheDemoCatalogue() {
		ApiResponse demo = api.anonymous().get("/api/v1/events?size=100");
		List<String> titles = demo.read("$.items[*].title");
		assertThat(titles.stream().filter(title -> title.endsWith("(esempio)"))).hasSizeGreaterThanOrEqualTo(5);
		assertThat(demo.<List<String>>read("$.items[*].kind")).contains("WORKSHOP", "INFORMATION_DAY", "CLUB",
				"JOB_FAIR");
		assertThat(ids("?occupation=" + NURSE)).isNotEmpty();
	}

}
