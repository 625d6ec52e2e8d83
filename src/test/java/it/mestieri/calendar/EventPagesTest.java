package it.mestieri.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import it.mestieri.testing.ApiTestBase;
import it.mestieri.testing.Browser;
import it.mestieri.testing.Json;

/**
 * The public calendar, the public page of an event with its schema.org JSON-LD, and the
 * coordinator's pages: an event created with the form, changed by two coordinators at
 * once (the second is told, and keeps what they typed), cancelled after a confirmation.
 */
class EventPagesTest extends ApiTestBase {

	static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

	@AfterEach
	void removeTheTestsEvents() {
		database.jdbc().sql("delete from events_event where title not like '%(esempio)'").update();
	}

	long event(String title, Object... more) {
		Object[] base = { "kind", "WORKSHOP", "title", title, "startsAt", "2026-03-17T16:00", "endsAt",
				"2026-03-17T18:00", "place", "Sala laboratori", "occupations", List.of(DemoEvents.COOK) };
		return created("/api/v1/events", Json.withDefaults(base, more)).id();
	}

	Browser coordinator() throws Exception {
		Browser browser = new Browser(port);
		browser.logIn("coordinator", password);
		return browser;
	}

	static Map<String, String> form(String title, String version) {
		Map<String, String> form = new LinkedHashMap<>(Map.of("kind", "INFORMATION_DAY", "title", title, "startsAt",
				"2026-03-24T10:00", "endsAt", "2026-03-24T13:00", "place", "Sala conferenze", "area", "FORMAZIONE",
				"occupations", DemoEvents.NURSE + "\n" + DemoEvents.HOME_CARE_AIDE, "capacity", "40",
				"registrationRequired", "true"));
		if (version != null) {
			form.put("version", version);
		}
		return form;
	}

	@Test
	void theCalendarShowsUpcomingEventsByDayButNotCancelledOrPastOnes() throws Exception {
		event("Laboratorio di prova visibile");
		long cancelled = event("Laboratorio di prova annullato");
		api.as("coordinator")
			.put("/api/v1/events/" + cancelled,
					Json.of("version", 0, "kind", "WORKSHOP", "title", "Laboratorio di prova annullato", "startsAt",
							"2026-03-17T16:00", "endsAt", "2026-03-17T18:00", "place", "Sala", "cancelled", true));
		event("Laboratorio di prova passato", "startsAt", "2026-03-09T16:00", "endsAt", "2026-03-09T18:00");

		HttpResponse<String> calendar = new Browser(port).get("/events");

		assertThat(calendar.statusCode()).isEqualTo(200);
		assertThat(calendar.body()).contains("Laboratorio di prova visibile")
			.contains("martedì 17 marzo 2026")
			.contains("16:00–18:00")
			.contains("datetime=\"2026-03-17T16:00+01:00\"")
			.doesNotContain("Laboratorio di prova annullato")
			.doesNotContain("Laboratorio di prova passato");
		assertThat(new Browser(port).get("/events?kind=CLUB").body()).doesNotContain("Laboratorio di prova visibile");
		assertThat(new Browser(port).get("/events?lang=en").body()).contains("Tuesday, March 17, 2026");
		HttpResponse<String> bad = new Browser(port).get("/events?kind=PARTY");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("Valore sconosciuto");
	}

	@Test
	void anEventsPageCarriesItsJsonLdWithNothingThatClosesTheScriptAndSaysWhenItIsCancelled() throws Exception {
		long id = event("Laboratorio</script><script>alert(1)</script>", "description", "CV & lettera",
				"organiserPartner", 1, "capacity", 12, "registrationRequired", true);

		HttpResponse<String> page = new Browser(port).get("/events/" + id);

		assertThat(page.statusCode()).isEqualTo(200);
		String script = page.body().substring(page.body().indexOf("<script type=\"application/ld+json\">"));
		script = script.substring(0, script.indexOf("</script>"));
		assertThat(script).contains("\"@type\":\"Event\"")
			.contains("\"startDate\":\"2026-03-17T16:00+01:00\"")
			.contains("\"eventStatus\":\"https://schema.org/EventScheduled\"")
			.contains("\"maximumAttendeeCapacity\":12")
			.contains("\"@id\":\"" + DemoEvents.COOK + "\"")
			.contains("\\u003c/script\\u003e")
			.contains("CV \\u0026 lettera")
			.doesNotContain("<script>alert");
		assertThat(page.body()).contains("Iscrizione obbligatoria, 12 posti")
			.contains("Solco Roma")
			.contains("href=\"/occupations/by-uri?uri=http://data.europa.eu/esco/occupation/90f75f67");

		api.as("coordinator")
			.put("/api/v1/events/" + id, Json.of("version", 0, "kind", "WORKSHOP", "title", "Laboratorio annullato",
					"startsAt", "2026-03-17T16:00", "endsAt", "2026-03-17T18:00", "place", "Sala", "cancelled", true));
		HttpResponse<String> cancelled = new Browser(port).get("/events/" + id);
		assertThat(cancelled.statusCode()).isEqualTo(200);
		assertThat(cancelled.body()).contains("Questo evento è stato annullato").contains("EventCancelled");
		assertThat(new Browser(port).get("/events/999999").statusCode()).isEqualTo(404);
	}

	@Test
	void aCoordinatorCreatesChangesAndCancelsAnEventAndAStaleFormKeepsWhatWasTyped() throws Exception {
		Browser first = coordinator();
		HttpResponse<String> created = first.postWithToken("/events/manage/new", "/events/manage",
				form("Giornata OSS di prova", null));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		String path = created.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
		HttpResponse<String> edit = first.get(path);
		assertThat(edit.body()).contains("Evento salvato.")
			.contains("Giornata OSS di prova")
			.contains("value=\"2026-03-24T10:00\"");
		Matcher version = VERSION.matcher(edit.body());
		assertThat(version.find()).isTrue();
		assertThat(first.get("/events/manage").body()).contains("Giornata OSS di prova");

		Browser second = coordinator();
		second.get(path);
		assertThat(first.postWithToken(path, path, form("Giornata OSS (primo)", version.group(1))).statusCode())
			.isEqualTo(302);
		HttpResponse<String> stale = second.postWithToken(path, path, form("Giornata OSS (secondo)", version.group(1)));
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(stale.body()).contains("Giornata OSS (primo)").contains("value=\"Giornata OSS (secondo)\"");

		HttpResponse<String> confirm = first.get(path + "/cancel");
		assertThat(confirm.body()).contains("Vuoi annullare").contains("Giornata OSS (primo)");
		Matcher current = VERSION.matcher(confirm.body());
		assertThat(current.find()).isTrue();
		HttpResponse<String> cancelled = first.postWithToken(path + "/cancel", path + "/cancel",
				Map.of("version", current.group(1)));
		assertThat(cancelled.statusCode()).isEqualTo(302);
		assertThat(first.get("/events/manage").body()).contains("Giornata OSS (primo)").contains("annullato");
		assertThat(new Browser(port).get("/events").body()).doesNotContain("Giornata OSS (primo)");
	}

	@Test
	void theCoordinatorSeesPastEventsApartAndOthersMayNotManage() throws Exception {
		event("Laboratorio di prova di ieri", "startsAt", "2026-03-09T16:00", "endsAt", "2026-03-09T18:00");

		Browser coordinator = coordinator();
		assertThat(coordinator.get("/events/manage").body()).doesNotContain("Laboratorio di prova di ieri");
		assertThat(coordinator.get("/events/manage?when=past").body()).contains("Laboratorio di prova di ieri");
		Browser counsellor = new Browser(port);
		counsellor.logIn("counsellor", password);
		assertThat(counsellor.get("/events/manage").statusCode()).isEqualTo(403);
		assertThat(new Browser(port).get("/events/manage").statusCode()).isEqualTo(302);
	}

}
