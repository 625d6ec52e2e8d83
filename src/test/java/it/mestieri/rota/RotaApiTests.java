package it.mestieri.rota;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import it.mestieri.identity.StaffDirectory;
import it.mestieri.identity.StaffRole;
import it.mestieri.testing.ApiResponse;
import it.mestieri.testing.ApiTestBase;
import it.mestieri.testing.AtOnce;
import it.mestieri.testing.Browser;
import it.mestieri.testing.Json;

/**
 * The rota over HTTP: shifts checked against the centre, the staff and each other,
 * optimistic locking, what the public sees, the gaps, off-rota desk takes and the
 * calendar feed read by a real iCalendar parser. Runs on H2 ({@link RotaApiH2Test}) and
 * PostgreSQL ({@link RotaApiPostgresTest}). The test clock is Tuesday 10 March 2026,
 * 10:30 in Rome; the demo centre opens Tue–Sat 10–13 and 16–19.
 */
abstract class RotaApiTests extends ApiTestBase {

	@Autowired
	StaffDirectory staff;

	@Autowired
	RotaPlanner planner;

	long marco;

	long sara;

	@BeforeEach
	void anEmptyRota() {
		for (String table : List.of("rota_exception", "rota_shift", "rota_closing_day", "rota_off_rota_take",
				"rota_calendar_token")) {
			database.jdbc().sql("delete from " + table).update();
		}
		marco = staff.findByUsername("counsellor").orElseThrow().id().value();
		sara = staff.findByUsername("counsellor2").orElseThrow().id().value();
	}

	String shiftJson(long desk, String weekday, String start, String end, Object... counsellors) {
		return Json.of("desk", desk, "weekday", weekday, "start", start, "end", end, "validFrom", "2026-03-01",
				"counsellors", List.of(counsellors));
	}

	ApiResponse addShift(String json) {
		ApiResponse response = api.as("coordinator").post("/api/v1/shifts", json);
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return response;
	}

	/**
	 * PUT and DELETE, which the shared client does not send, with HTTP Basic as
	 * coordinator.
	 */
	ApiResponse send(String method, String path, String json) {
		try {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
				.header("Authorization",
						"Basic " + Base64.getEncoder()
							.encodeToString(("coordinator:" + password).getBytes(StandardCharsets.UTF_8)))
				.header("Accept-Language", "it");
			if (json != null) {
				request.header("Content-Type", "application/json");
			}
			request.method(method,
					json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new ApiResponse(response.statusCode(), response.headers(), response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void theCoordinatorAddsAShiftAndStaffSeeItWithCounsellorsAndPartners() {
		long desk = desk("LAVORO", 0);
		ApiResponse added = addShift(shiftJson(desk, "TUESDAY", "10:00", "13:00", marco, sara));

		assertThat(added.text("$.area")).isEqualTo("LAVORO");
		assertThat(added.number("$.version")).isZero();
		ApiResponse shifts = api.as("reception").get("/api/v1/shifts");
		assertThat(shifts.status()).isEqualTo(200);
		assertThat(shifts.<List<String>>read("$[0].counsellors[*].partnerName"))
			.containsExactly("Consorzio Idea Agenzia per il Lavoro", "Solco Roma");
		assertThat(api.anonymous().get("/api/v1/shifts").status()).isEqualTo(401);
		assertThat(api.as("counsellor")
			.post("/api/v1/shifts", shiftJson(desk, "WEDNESDAY", "10:00", "13:00", marco))
			.status()).isEqualTo(403);
	}

	@Test
	void badShiftsAreRefusedWithAClearMessage() {
		long desk = desk("LAVORO", 0);
		long admin = staff.findByUsername("admin").orElseThrow().id().value();
		var coordinator = api.as("coordinator");
		refused(400, "dopo l'ora di inizio",
				() -> coordinator.post("/api/v1/shifts", shiftJson(desk, "TUESDAY", "13:00", "10:00", marco)));
		refused(400, "fuori dall'orario di apertura",
				() -> coordinator.post("/api/v1/shifts", shiftJson(desk, "TUESDAY", "12:00", "14:00", marco)));
		refused(400, "chiusa",
				() -> coordinator.post("/api/v1/shifts", shiftJson(desk, "MONDAY", "10:00", "13:00", marco)));
		refused(400, "Sportello sconosciuto",
				() -> coordinator.post("/api/v1/shifts", shiftJson(999999, "TUESDAY", "10:00", "13:00", marco)));
		refused(400, "Area sconosciuta",
				() -> coordinator.post("/api/v1/shifts", Json.of("desk", desk, "area", "MARTE", "weekday", "TUESDAY",
						"start", "10:00", "end", "13:00", "validFrom", "2026-03-01", "counsellors", List.of(marco))));
		refused(400, "serve l'area LAVORO",
				() -> coordinator.post("/api/v1/shifts", Json.of("desk", desk, "area", "IMPRESA", "weekday", "TUESDAY",
						"start", "10:00", "end", "13:00", "validFrom", "2026-03-01", "counsellors", List.of(marco))));
		refused(400, "uno o due consulenti, non 3", () -> coordinator.post("/api/v1/shifts",
				shiftJson(desk, "TUESDAY", "10:00", "13:00", marco, sara, admin)));
		refused(400, "non è un consulente",
				() -> coordinator.post("/api/v1/shifts", shiftJson(desk, "TUESDAY", "10:00", "13:00", admin)));
		refused(400, "Valore sconosciuto per 'weekday'",
				() -> coordinator.post("/api/v1/shifts", shiftJson(desk, "FUNDAY", "10:00", "13:00", marco)));
		refused(400, "Il valore di 'start' non va bene: serve un'ora come 09:30",
				() -> coordinator.post("/api/v1/shifts", shiftJson(desk, "TUESDAY", "25:00", "13:00", marco)));
		refused(400, "Il valore di 'validFrom' non va bene: serve una data come 2026-03-10",
				() -> coordinator.post("/api/v1/shifts", Json.of("desk", desk, "weekday", "TUESDAY", "start", "10:00",
						"end", "13:00", "validFrom", "1 marzo", "counsellors", List.of(marco))));
		refused(400, "Il valore di 'counsellors[0]' non va bene: serve un numero",
				() -> coordinator.post("/api/v1/shifts", Json.of("desk", desk, "weekday", "TUESDAY", "start", "10:00",
						"end", "13:00", "validFrom", "2026-03-01", "counsellors", List.of("Marco"))));
		refused(400, "Il valore di 'date' non va bene: serve una data come 2026-03-10",
				() -> coordinator.post("/api/v1/rota/closing-days", Json.of("date", "11/03/2026", "reason", "Festa")));
		refused(400, "", () -> coordinator.post("/api/v1/shifts", "{not json"));
	}

	@Test
	void aCounsellorWithoutPartnerCannotBeOnTheRota() {
		long loner = staff.findByUsername("loner")
			.map(m -> m.id().value())
			.orElseGet(() -> staff
				.create("loner", "Piero (senza partner)", "test-password-1234", java.util.Set.of(StaffRole.COUNSELLOR))
				.id()
				.value());

		refused(400, "non appartiene a nessun partner", () -> api.as("coordinator")
			.post("/api/v1/shifts", shiftJson(desk("LAVORO", 0), "TUESDAY", "10:00", "13:00", loner)));
	}

	@Test
	void twoAtADeskAreAllowedAThirdIsNotAndNobodyIsInTwoPlacesAtOnce() {
		long desk = desk("LAVORO", 0);
		addShift(shiftJson(desk, "TUESDAY", "10:00", "13:00", marco));
		addShift(shiftJson(desk, "TUESDAY", "11:00", "12:00", sara));
		long other = desk("LAVORO", 1);

		refused(409, "già in turno", () -> api.as("coordinator")
			.post("/api/v1/shifts", shiftJson(other, "TUESDAY", "12:00", "13:00", marco)));
	}

	@Test
	void aStaleVersionIsRefusedWith409AndNothingIsLost() {
		long desk = desk("LAVORO", 0);
		long id = addShift(shiftJson(desk, "TUESDAY", "10:00", "13:00", marco)).id();
		String change = Json.of("desk", desk, "weekday", "TUESDAY", "start", "10:00", "end", "12:00", "validFrom",
				"2026-03-01", "counsellors", List.of(marco), "version", 0);

		ApiResponse first = send("PUT", "/api/v1/shifts/" + id, change);
		assertThat(first.status()).as(first.toString()).isEqualTo(200);
		assertThat(first.number("$.version")).isEqualTo(1);
		assertThat(first.text("$.end")).isEqualTo("12:00:00");

		ApiResponse stale = refused(409, "Qualcun altro ha modificato",
				() -> send("PUT", "/api/v1/shifts/" + id, change));
		assertThat(stale.text("$.detail")).contains("versione 1");
		refused(404, "Turno sconosciuto", () -> send("PUT", "/api/v1/shifts/999999", change));
		refused(400, "version",
				() -> send("PUT", "/api/v1/shifts/" + id, shiftJson(desk, "TUESDAY", "10:00", "11:00", marco)));
	}

	@Test
	void twoCoordinatorsChangingOneShiftAtOnce_oneWinsTheOtherGets409() throws Exception {
		long desk = desk("LAVORO", 0);
		long id = addShift(shiftJson(desk, "TUESDAY", "10:00", "13:00", marco)).id();
		List<Callable<ApiResponse>> puts = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			String end = "1" + (1 + i % 2) + ":0" + i;
			puts.add(() -> send("PUT", "/api/v1/shifts/" + id, Json.of("desk", desk, "weekday", "TUESDAY", "start",
					"10:00", "end", end, "validFrom", "2026-03-01", "counsellors", List.of(marco), "version", 0)));
		}
		List<Integer> statuses = AtOnce.run(puts).stream().map(ApiResponse::status).toList();

		assertThat(statuses).containsOnly(200, 409);
		assertThat(statuses.stream().filter(s -> s == 200)).hasSize(1);
		assertThat(database.count("select version from rota_shift where id = ?", id)).isEqualTo(1);
	}

	@Test
	void thePublicSeesPartnersOnDutyByAreaAndOnlyConsentingCounsellorsNames() {
		addShift(shiftJson(desk("LAVORO", 0), "TUESDAY", "10:00", "13:00", marco));
		addShift(shiftJson(desk("ORIENTAMENTO", 0), "TUESDAY", "16:00", "19:00", sara));

		ApiResponse today = api.anonymous().get("/api/v1/rota/today");

		assertThat(today.status()).isEqualTo(200);
		assertThat(today.text("$.date")).isEqualTo("2026-03-10");
		Map<String, Object> work = today.<List<Map<String, Object>>>read("$.areas[?(@.area == 'LAVORO')]").get(0);
		assertThat(today.<List<Object>>read("$.areas[?(@.area == 'LAVORO')].slots[0].now")).containsExactly(true);
		assertThat(today.<List<Object>>read("$.areas[?(@.area == 'LAVORO')].slots[0].counsellors[*]"))
			.containsExactly("Marco (consulente)");
		assertThat(today.<List<Object>>read("$.areas[?(@.area == 'ORIENTAMENTO')].slots[0].partners[*]"))
			.containsExactly("Solco Roma");
		assertThat(today.<List<Object>>read("$.areas[?(@.area == 'ORIENTAMENTO')].slots[0].counsellors[*]")).isEmpty();
		assertThat(today.body()).doesNotContain("Sara");
		assertThat(work.get("name")).isEqualTo("Cercare lavoro");

		ApiResponse week = api.anonymous().get("/api/v1/rota/week");
		assertThat(week.<List<Object>>read("$")).hasSize(7);
		assertThat(week.<List<Object>>read("$[?(@.date == '2026-03-11')].areas")).isNotNull();
		assertThat(week.body()).doesNotContain("Sara");
	}

	@Test
	void onAClosingDayTheKioskAndThePublicPagesSayTheCentreIsClosedAndWhy() throws Exception {
		ApiResponse closed = api.as("coordinator")
			.post("/api/v1/rota/closing-days", Json.of("date", "2026-03-10", "reason", "Sciopero dei trasporti"));
		assertThat(closed.status()).as(closed.toString()).isEqualTo(201);
		try {
			Browser visitor = new Browser(port);
			HttpResponse<String> kiosk = visitor.get("/kiosk");
			HttpResponse<String> ticket = visitor.postWithToken("/login", "/kiosk/tickets", Map.of("area", "LAVORO"));

			assertThat(kiosk.body()).contains("Oggi chiuso: Sciopero dei trasporti").doesNotContain("kiosk-button");
			assertThat(ticket.statusCode()).isEqualTo(409);
			assertThat(ticket.body()).contains("Oggi il centro è chiuso (Sciopero dei trasporti)");
			assertThat(database.count("select count(*) from reception_visit")).isZero();
			assertThat(visitor.get("/wait").body()).contains("Oggi chiuso: Sciopero dei trasporti",
					"Riapre mercoledì 11 marzo");
			assertThat(visitor.get("/").body()).contains("Oggi chiuso: Sciopero dei trasporti");
			assertThat(api.anonymous().get("/api/v1/queues").<List<Boolean>>read("$[*].open")).containsOnly(false);

			assertThat(send("DELETE", "/api/v1/rota/closing-days/" + closed.id(), null).status()).isEqualTo(204);
			assertThat(visitor.get("/kiosk").body()).contains("kiosk-button").doesNotContain("Oggi chiuso");
		}
		finally {
			database.jdbc().sql("delete from rota_closing_day").update();
		}
	}

	@Test
	void closingDaysAndExceptionsChangeWhatThePublicSees() {
		long shift = addShift(shiftJson(desk("LAVORO", 0), "WEDNESDAY", "10:00", "13:00", marco)).id();
		ApiResponse closed = api.as("coordinator")
			.post("/api/v1/rota/closing-days", Json.of("date", "2026-03-11", "reason", "Festa del patrono"));
		assertThat(closed.status()).as(closed.toString()).isEqualTo(201);
		refused(409, "già un giorno di chiusura", () -> api.as("coordinator")
			.post("/api/v1/rota/closing-days", Json.of("date", "2026-03-11", "reason", "Ancora")));

		ApiResponse week = api.anonymous().get("/api/v1/rota/week");
		assertThat(week.<List<Object>>read("$[?(@.date == '2026-03-11')].closed[0].reason"))
			.containsExactly("Festa del patrono");
		assertThat(week.<List<Object>>read("$[?(@.date == '2026-03-11')].areas[*]")).isEmpty();

		assertThat(send("DELETE", "/api/v1/rota/closing-days/" + closed.id(), null).status()).isEqualTo(204);
		assertThat(api.anonymous()
			.get("/api/v1/rota/week")
			.<List<Object>>read("$[?(@.date == '2026-03-11')].areas[*].area")).containsExactly("LAVORO");

		ApiResponse swap = api.as("coordinator")
			.post("/api/v1/rota/exceptions", Json.of("shift", shift, "date", "2026-03-18", "kind", "SWAP", "counsellor",
					marco, "replacement", sara));
		assertThat(swap.status()).as(swap.toString()).isEqualTo(201);
		refused(400, "non si svolge", () -> api.as("coordinator")
			.post("/api/v1/rota/exceptions", Json.of("shift", shift, "date", "2026-03-17", "kind", "CANCELLED")));
		refused(400, "non è in questo turno",
				() -> api.as("coordinator")
					.post("/api/v1/rota/exceptions",
							Json.of("shift", shift, "date", "2026-03-25", "kind", "ABSENT", "counsellor", sara)));
		refused(404, "Turno sconosciuto", () -> api.as("coordinator")
			.post("/api/v1/rota/exceptions", Json.of("shift", 999999, "date", "2026-03-25", "kind", "CANCELLED")));
		ApiResponse later = api.anonymous().get("/api/v1/rota/week");
		assertThat(later.body()).doesNotContain("Sara");
	}

	@Test
	void aClosingDayReasonWithMarkupIsShownAsTextOnThePagesAndEscapedInTheCalendar() throws Exception {
		String reason = "<script>alert(1)</script>, chiuso; \\ davvero";
		long shift = addShift(shiftJson(desk("LAVORO", 0), "WEDNESDAY", "10:00", "13:00", marco)).id();
		assertThat(api.as("coordinator")
			.post("/api/v1/rota/closing-days", Json.of("date", "2026-03-11", "reason", reason))
			.status()).isEqualTo(201);

		assertThat(new Browser(port).get("/duty").body()).doesNotContain("<script>alert(1)")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;");
		Browser marcos = new Browser(port);
		marcos.logIn("counsellor", password);
		java.util.regex.Matcher url = java.util.regex.Pattern.compile("/calendar/[A-Za-z0-9_-]+\\.ics")
			.matcher(marcos.get("/duty/mine").body());
		assertThat(url.find()).isTrue();
		String ics = marcos.get(url.group()).body();
		assertThat(ics.replace("\r\n ", "")).contains("\\, chiuso\\; \\\\ davvero");
		VEvent closed = event(Biweekly.parse(ics).first(), "shift-" + shift + "-20260311@mestieri");
		assertThat(closed.getStatus().isCancelled()).isTrue();
		assertThat(closed.getDescription().getValue()).endsWith(reason);
	}

	@Test
	void gapsAreTheOpeningHoursOfWalkInAreasWithNobodyOnDuty() {
		ApiResponse before = api.as("coordinator").get("/api/v1/rota/gaps?from=2026-03-10&to=2026-03-10");
		assertThat(before.<List<Object>>read("$[?(@.area == 'IMPRESA')].from")).containsExactly("10:00:00", "16:00:00");

		addShift(shiftJson(desk("IMPRESA", 0), "TUESDAY", "10:00", "12:00", marco));

		ApiResponse after = api.as("coordinator").get("/api/v1/rota/gaps?from=2026-03-10&to=2026-03-10");
		assertThat(after.<List<Object>>read("$[?(@.area == 'IMPRESA')].from")).containsExactly("12:00:00", "16:00:00");
		assertThat(after.<List<Object>>read("$[?(@.area == 'INCLUSIONE')]")).as("not a walk-in area").isEmpty();
		refused(400, "Periodo non valido",
				() -> api.as("coordinator").get("/api/v1/rota/gaps?from=2026-03-10&to=2026-01-01"));
		refused(400, "Il valore di 'from' non va bene: serve una data come 2026-03-10",
				() -> api.as("coordinator").get("/api/v1/rota/gaps?from=yesterday"));
		refused(400, "Il valore di 'to' non va bene: serve una data come 2026-03-10",
				() -> api.as("coordinator").get("/api/v1/rota/exceptions?to=2026-02-30"));
		assertThat(api.as("counsellor").get("/api/v1/rota/gaps").status()).isEqualTo(403);
	}

	@Test
	void takingADeskOffTheRotaWarnsTheCounsellorAndIsListedForTheCoordinator() throws Exception {
		long lavoro = desk("LAVORO", 0);
		addShift(shiftJson(lavoro, "TUESDAY", "10:00", "13:00", marco));

		take("counsellor", lavoro);
		long impresa = take("counsellor2", desk("IMPRESA", 0));

		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(10))
			.until(() -> api.as("coordinator").get("/api/v1/rota/off-rota-takes").<List<Object>>read("$").size() == 1);
		List<Map<String, Object>> offRota = api.as("coordinator").get("/api/v1/rota/off-rota-takes").read("$");
		assertThat(offRota).hasSize(1);
		assertThat(offRota.get(0)).containsEntry("counsellorName", "Sara (consulente)")
			.containsEntry("area", "IMPRESA")
			.containsEntry("partnerName", "Solco Roma");

		Browser sarasBrowser = new Browser(port);
		sarasBrowser.logIn("counsellor2", password);
		assertThat(sarasBrowser.get("/desk/" + impresa).body()).contains("Non sei in turno qui in questo momento");
		Browser marcosBrowser = new Browser(port);
		marcosBrowser.logIn("counsellor", password);
		assertThat(marcosBrowser.get("/desk/" + lavoro).body()).doesNotContain("Non sei in turno");
		Browser coordinator = new Browser(port);
		coordinator.logIn("coordinator", password);
		assertThat(coordinator.get("/rota").body()).contains("Sara (consulente) (Solco Roma) ha occupato");
	}

	@Test
	void receptionSeesWhichAreasHaveSomebodyOnDutyNow() throws Exception {
		addShift(shiftJson(desk("LAVORO", 0), "TUESDAY", "10:00", "11:00", marco));
		addShift(shiftJson(desk("LAVORO", 1), "TUESDAY", "11:00", "13:00", sara));

		Browser reception = new Browser(port);
		reception.logIn("reception", password);
		String page = reception.get("/reception").body();

		assertThat(page).contains("in servizio ora fino alle 13:00").contains("nessuno in servizio ora");
	}

	@Test
	void scheduledHoursCountTheOccurrencesAfterExceptionsAndClosingDays() {
		long shift = addShift(shiftJson(desk("LAVORO", 0), "TUESDAY", "10:00", "13:00", marco)).id();
		api.as("coordinator")
			.post("/api/v1/rota/exceptions", Json.of("shift", shift, "date", "2026-03-17", "kind", "SWAP", "counsellor",
					marco, "replacement", sara));
		api.as("coordinator").post("/api/v1/rota/closing-days", Json.of("date", "2026-03-24", "reason", "Chiuso"));

		List<ScheduledHours> hours = rotaBean().scheduledHours(java.time.LocalDate.of(2026, 3, 9),
				java.time.LocalDate.of(2026, 3, 31));

		assertThat(hours).extracting(h -> h.counsellor().value(), ScheduledHours::hours)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(marco, 6.0),
					org.assertj.core.groups.Tuple.tuple(sara, 3.0));
	}

	@Autowired
	Rota rota;

	@Autowired
	DemoRota demoRota;

	@Test
	void theDemoRotaPutsBothCounsellorsOnDutyLeavesGapsAndClosesOnTheImmacolata() {
		demoRota.run(null);

		List<Map<String, Object>> shifts = api.as("coordinator").get("/api/v1/shifts").read("$");
		assertThat(shifts).hasSize(10);
		assertThat(shifts).filteredOn(shift -> shift.get("area").equals("LAVORO"))
			.hasSize(5)
			.allSatisfy(shift -> assertThat(shift).containsEntry("deskName", "Sportello 1")
				.containsEntry("start", "10:00:00"));
		assertThat(shifts).filteredOn(shift -> shift.get("area").equals("ORIENTAMENTO"))
			.hasSize(5)
			.allSatisfy(shift -> assertThat(shift).containsEntry("start", "16:00:00"));
		ApiResponse gaps = api.as("coordinator").get("/api/v1/rota/gaps?from=2026-03-10&to=2026-03-10");
		assertThat(gaps.<List<Object>>read("$[?(@.area == 'LAVORO')].from")).containsExactly("16:00:00");
		assertThat(gaps.<List<Object>>read("$[?(@.area == 'IMPRESA')].from")).containsExactly("10:00:00", "16:00:00");
		assertThat(rota.closingDays(java.time.LocalDate.of(2026, 12, 8), java.time.LocalDate.of(2026, 12, 8)))
			.extracting(ClosingDay::reason)
			.containsExactly("Immacolata Concezione");
	}

	Rota rotaBean() {
		return rota;
	}

	@Test
	void theCalendarFeedKeepsItsUidsWhenAShiftChangesAndShowsTheNewTime() throws Exception {
		long desk = desk("LAVORO", 0);
		long id = addShift(shiftJson(desk, "TUESDAY", "10:00", "13:00", marco)).id();
		Browser marcos = new Browser(port);
		marcos.logIn("counsellor", password);
		String mine = marcos.get("/duty/mine").body();
		java.util.regex.Matcher url = java.util.regex.Pattern.compile("/calendar/([A-Za-z0-9_-]+)\\.ics").matcher(mine);
		assertThat(url.find()).as(mine).isTrue();
		String feed = "/calendar/" + url.group(1) + ".ics";

		HttpResponse<String> first = marcos.get(feed);
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(first.headers().firstValue("Content-Type"))
			.hasValueSatisfying(t -> assertThat(t).startsWith("text/calendar"));
		assertThat(first.body()).contains("\r\n").doesNotContain("\n\n");
		ICalendar before = Biweekly.parse(first.body()).first();
		String uid = "shift-" + id + "-20260317@mestieri";
		VEvent tuesday = event(before, uid);
		assertThat(tuesday.getDateStart().getValue().toInstant())
			.isEqualTo(LocalDateTime.of(2026, 3, 17, 10, 0).atZone(java.time.ZoneId.of("Europe/Rome")).toInstant());
		// Tuesdays from 3 March (its first) to 2 June (12 weeks ahead)
		assertThat(before.getEvents()).hasSize(14);

		send("PUT", "/api/v1/shifts/" + id, Json.of("desk", desk, "weekday", "TUESDAY", "start", "11:00", "end",
				"13:00", "validFrom", "2026-03-01", "counsellors", List.of(marco), "version", 0));
		api.as("coordinator")
			.post("/api/v1/rota/exceptions", Json.of("shift", id, "date", "2026-03-24", "kind", "CANCELLED"));

		ICalendar after = Biweekly.parse(marcos.get(feed).body()).first();
		assertThat(after.getEvents()).extracting(e -> e.getUid().getValue())
			.containsExactlyElementsOf(before.getEvents().stream().map(e -> e.getUid().getValue()).toList());
		VEvent changed = event(after, uid);
		assertThat(changed.getDateStart().getValue().toInstant())
			.isEqualTo(LocalDateTime.of(2026, 3, 17, 11, 0).atZone(java.time.ZoneId.of("Europe/Rome")).toInstant());
		assertThat(changed.getSequence().getValue()).isGreaterThan(tuesday.getSequence().getValue());
		assertThat(event(after, "shift-" + id + "-20260324@mestieri").getStatus().isCancelled()).isTrue();

		marcos.postWithToken("/duty/mine", "/duty/mine/token", Map.of());
		assertThat(marcos.get(feed).statusCode()).as("the old address after a reset").isEqualTo(404);
		assertThat(new Browser(port).get("/calendar/nobody.ics").statusCode()).isEqualTo(404);
	}

	@Test
	void aRemovedExceptionGivesTheSameEventBackWithAHigherSequenceNoLongerCancelled() throws Exception {
		long id = addShift(shiftJson(desk("LAVORO", 0), "TUESDAY", "10:00", "13:00", marco)).id();
		Browser marcos = new Browser(port);
		marcos.logIn("counsellor", password);
		java.util.regex.Matcher url = java.util.regex.Pattern.compile("/calendar/[A-Za-z0-9_-]+\\.ics")
			.matcher(marcos.get("/duty/mine").body());
		assertThat(url.find()).isTrue();
		String feed = url.group();
		String uid = "shift-" + id + "-20260324@mestieri";
		ApiResponse cancelled = api.as("coordinator")
			.post("/api/v1/rota/exceptions", Json.of("shift", id, "date", "2026-03-24", "kind", "CANCELLED"));
		assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(201);
		assertThat(cancelled.<List<Integer>>read("$.ids")).hasSize(1);
		VEvent before = event(Biweekly.parse(marcos.get(feed).body()).first(), uid);
		assertThat(before.getStatus().isCancelled()).isTrue();

		ApiResponse listed = api.as("coordinator").get("/api/v1/rota/exceptions?from=2026-03-23&to=2026-03-29");
		assertThat(listed.status()).isEqualTo(200);
		assertThat(listed.<List<Integer>>read("$[*].id")).containsExactly((int) cancelled.id());
		assertThat(listed.text("$[0].kind")).isEqualTo("CANCELLED");
		assertThat(listed.text("$[0].desk")).isEqualTo("Sportello 1");
		assertThat(listed.text("$[0].area")).isEqualTo("LAVORO");
		assertThat(listed.text("$[0].start")).isEqualTo("10:00:00");

		assertThat(send("DELETE", "/api/v1/rota/exceptions/" + cancelled.id(), null).status()).isEqualTo(204);

		ICalendar after = Biweekly.parse(marcos.get(feed).body()).first();
		VEvent again = event(after, uid);
		assertThat(again.getStatus().isCancelled()).isFalse();
		assertThat(again.getStatus().isConfirmed()).isTrue();
		assertThat(again.getSequence().getValue()).isGreaterThan(before.getSequence().getValue());
		assertThat(api.as("coordinator")
			.get("/api/v1/rota/exceptions?from=2026-03-23&to=2026-03-29")
			.<List<Object>>read("$")).isEmpty();
		refused(404, "Eccezione sconosciuta", () -> send("DELETE", "/api/v1/rota/exceptions/" + cancelled.id(), null));
		refused(404, "Eccezione sconosciuta", () -> send("DELETE", "/api/v1/rota/exceptions/999999", null));

		assertThat(api.as("coordinator")
			.post("/api/v1/rota/exceptions", Json.of("shift", id, "date", "2026-03-24", "kind", "CANCELLED"))
			.status()).as("the same exception may be entered again once removed").isEqualTo(201);
		VEvent cancelledAgain = event(Biweekly.parse(marcos.get(feed).body()).first(), uid);
		assertThat(cancelledAgain.getStatus().isCancelled()).isTrue();
		assertThat(cancelledAgain.getSequence().getValue()).isGreaterThan(again.getSequence().getValue());
	}

	@Test
	void anAbsenceOverAPeriodIsOneExceptionPerDateOfTheShiftAllOrNothing() {
		long id = addShift(shiftJson(desk("LAVORO", 0), "TUESDAY", "10:00", "13:00", marco, sara)).id();
		ApiResponse absent = api.as("coordinator")
			.post("/api/v1/rota/exceptions", Json.of("shift", id, "date", "2026-03-16", "until", "2026-04-05", "kind",
					"ABSENT", "counsellor", sara));
		assertThat(absent.status()).as(absent.toString()).isEqualTo(201);
		assertThat(absent.<List<Integer>>read("$.ids")).as("the Tuesdays 17, 24 and 31 March").hasSize(3);

		ApiResponse listed = api.as("coordinator").get("/api/v1/rota/exceptions?from=2026-03-01&to=2026-04-30");
		assertThat(listed.<List<String>>read("$[*].date")).containsExactly("2026-03-17", "2026-03-24", "2026-03-31");
		assertThat(listed.<List<String>>read("$[*].kind")).containsOnly("ABSENT");
		assertThat(listed.<List<String>>read("$[*].counsellorName")).containsOnly("Sara (consulente)");

		refused(400, "non può essere prima della data iniziale",
				() -> api.as("coordinator")
					.post("/api/v1/rota/exceptions", Json.of("shift", id, "date", "2026-04-14", "until", "2026-04-07",
							"kind", "ABSENT", "counsellor", marco)));
		refused(400, "al massimo 92 giorni",
				() -> api.as("coordinator")
					.post("/api/v1/rota/exceptions",
							Json.of("shift", id, "date", "2026-04-07", "until", "2026-07-08", "kind", "CANCELLED")));
		refused(400, "in nessun giorno",
				() -> api.as("coordinator")
					.post("/api/v1/rota/exceptions",
							Json.of("shift", id, "date", "2026-04-08", "until", "2026-04-13", "kind", "CANCELLED")));
		refused(400, "solo per annullamenti e assenze",
				() -> api.as("coordinator")
					.post("/api/v1/rota/exceptions", Json.of("shift", id, "date", "2026-04-07", "until", "2026-04-14",
							"kind", "SWAP", "counsellor", marco, "replacement", sara)));
		refused(409, "2026-03-31",
				() -> api.as("coordinator")
					.post("/api/v1/rota/exceptions", Json.of("shift", id, "date", "2026-03-31", "until", "2026-04-21",
							"kind", "ABSENT", "counsellor", sara)));
		refused(404, "Turno sconosciuto", () -> api.as("coordinator")
			.post("/api/v1/rota/exceptions",
					Json.of("shift", 999999, "date", "2026-04-07", "until", "2026-04-14", "kind", "CANCELLED")));
		refused(400, "Periodo non valido",
				() -> api.as("coordinator").get("/api/v1/rota/exceptions?from=2026-03-10&to=2026-01-01"));
		assertThat(api.as("counsellor").get("/api/v1/rota/exceptions").status()).isEqualTo(403);

		ApiResponse longest = api.as("coordinator")
			.post("/api/v1/rota/exceptions",
					Json.of("shift", id, "date", "2026-04-07", "until", "2026-07-07", "kind", "CANCELLED"));
		assertThat(longest.status()).as("92 days, both ends included: " + longest).isEqualTo(201);
		assertThat(longest.<List<Integer>>read("$.ids")).as("14 Tuesdays from 7 April to 7 July").hasSize(14);
	}

	@Test
	void theCoordinatorsWeekListsItsExceptionsAndRemovesOneKeepingTheWeek() throws Exception {
		long id = addShift(shiftJson(desk("LAVORO", 0), "TUESDAY", "10:00", "13:00", marco)).id();
		Browser coordinator = new Browser(port);
		coordinator.logIn("coordinator", password);
		HttpResponse<String> added = coordinator.postWithToken("/rota?week=2026-W13", "/rota/exceptions",
				Map.of("week", "2026-W13", "shift", String.valueOf(id), "date", "2026-03-17", "until", "2026-03-31",
						"kind", "ABSENT", "counsellor", String.valueOf(marco)));
		assertThat(added.statusCode()).as(added.body()).isEqualTo(302);
		assertThat(database.jdbc().sql("select count(*) from rota_exception").query(Long.class).single()).isEqualTo(3);

		String week = coordinator.get("/rota?week=2026-W13").body();
		assertThat(week).contains("table table-sm align-middle exceptions")
			.contains("Consulente assente")
			.contains("10:00–13:00, Sportello 1");
		long thirtyFirst = database.jdbc()
			.sql("select id from rota_exception where on_date = ?")
			.param(java.time.LocalDate.of(2026, 3, 31))
			.query(Long.class)
			.single();
		HttpResponse<String> removed = coordinator.postWithToken("/rota?week=2026-W14",
				"/rota/exceptions/" + thirtyFirst + "/delete", Map.of("week", "2026-W14"));
		assertThat(removed.statusCode()).isEqualTo(302);
		assertThat(removed.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/rota?week=2026-W14"));
		assertThat(database.jdbc()
			.sql("select count(*) from rota_exception where removed_at is not null")
			.query(Long.class)
			.single()).as("the row stays, marked removed").isEqualTo(1);
		assertThat(coordinator.get("/rota?week=2026-W14").body()).contains("Nessuna eccezione in questa settimana");
	}

	private static VEvent event(ICalendar calendar, String uid) {
		return calendar.getEvents()
			.stream()
			.filter(e -> e.getUid().getValue().equals(uid))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no event " + uid));
	}

}
