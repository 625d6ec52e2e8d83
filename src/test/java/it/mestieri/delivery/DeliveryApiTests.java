package it.mestieri.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import it.mestieri.identity.StaffDirectory;
import it.mestieri.testing.ApiResponse;
import it.mestieri.testing.ApiTestBase;
import it.mestieri.testing.Json;

/**
 * Committed against delivered over HTTP, on the demo agreement (in force from 1 January
 * 2026): Consorzio Idea promised 12 counsellor hours a week in LAVORO, Solco 12 in
 * ORIENTAMENTO, 6 in INCLUSIONE and 2 workshops a quarter, Regione Lazio 40,000 € a year.
 * The clock stands at Tuesday 10 March 2026, 10:30; the rota is the test's own. Runs on
 * H2 ({@link DeliveryApiH2Test}) and PostgreSQL ({@link DeliveryApiPostgresTest}).
 */
abstract class DeliveryApiTests extends ApiTestBase {

	static final String IDEA = "Consorzio Idea Agenzia per il Lavoro";
	static final String SOLCO = "Solco Roma";
	static final String REGIONE = "Regione Lazio";
	static final String TODAY = "from=2026-03-10&to=2026-03-10";

	@Autowired
	StaffDirectory staff;

	/**
	 * The rota of the test: Marco (Consorzio Idea) at the first LAVORO desk on Tuesdays,
	 * 10–13.
	 */
	@BeforeEach
	void marcoOnTheRotaOnTuesdayMornings() {
		for (String table : List.of("rota_exception", "rota_shift", "rota_closing_day", "rota_off_rota_take")) {
			database.jdbc().sql("delete from " + table).update();
		}
		long marco = staff.findByUsername("counsellor").orElseThrow().id().value();
		ApiResponse shift = api.as("coordinator")
			.post("/api/v1/shifts", Json.of("desk", desk("LAVORO", 0), "weekday", "TUESDAY", "start", "10:00", "end",
					"13:00", "validFrom", "2026-03-01", "counsellors", List.of(marco)));
		assertThat(shift.status()).as(shift.toString()).isEqualTo(201);
	}

	@AfterEach
	void removeContributionsAndWorkshops() {
		database.jdbc().sql("delete from partners_contribution where note = 'delivery test'").update();
		database.jdbc().sql("delete from events_event where title like '%(delivery test)'").update();
	}

	long partner(String name) {
		List<Number> ids = api.anonymous().get("/api/v1/partners").read("$[?(@.name == '" + name + "')].id");
		return ids.get(0).longValue();
	}

	ApiResponse report(String who, String partner, String query) {
		return api.as(who).get("/api/v1/partners/" + partner(partner) + "/delivery?" + query);
	}

	Map<String, Object> line(ApiResponse report, String kind, String areaOrUnit) {
		List<Map<String, Object>> lines = report.read("$.lines");
		return lines.stream()
			.filter(line -> kind.equals(line.get("kind")))
			.filter(line -> areaOrUnit == null || areaOrUnit.equals(line.get("unit"))
					|| areaOrUnit.equals(line.get("area")))
			.findFirst()
			.orElseThrow(() -> new AssertionError(kind + " " + areaOrUnit + " not in " + lines));
	}

	@Test
	void hoursWorkedAtTheDesksAreSetAgainstTheHoursPromisedAndTheRota() {
		String lavoro = "LAVORO";
		ApiResponse before = report("coordinator", IDEA, TODAY);
		assertThat(before.status()).as(before.toString()).isEqualTo(200);
		Map<String, Object> hours = line(before, "COUNSELLOR_HOURS", lavoro);
		assertThat(hours).containsEntry("committed", 1.71)
			.containsEntry("expectedToDate", 1.71)
			.containsEntry("scheduled", 3.0)
			.containsEntry("delivered", 0.0)
			.containsEntry("status", "SHORTFALL");

		long desk = take("counsellor", desk("LAVORO", 0));
		clock.advance(Duration.ofHours(1));
		assertThat(api.as("counsellor").post("/api/v1/desks/" + desk + "/release").status()).isEqualTo(200);

		Map<String, Object> afterAnHour = line(report("coordinator", IDEA, TODAY), "COUNSELLOR_HOURS", lavoro);
		assertThat(afterAnHour).containsEntry("delivered", 1.0)
			.containsEntry("status", "SHORTFALL")
			.containsEntry("percent", 58);

		take("counsellor", desk);
		clock.advance(Duration.ofHours(4));
		ApiResponse later = report("coordinator", IDEA, TODAY);
		// the desk is still held, past the 13:00 closing: only the open hours up to now
		// count
		assertThat(line(later, "COUNSELLOR_HOURS", lavoro)).containsEntry("delivered", 2.5)
			.containsEntry("status", "MET");
		assertThat(later.<List<Map<String, Object>>>read("$.counsellors")).singleElement()
			.satisfies(activity -> assertThat(activity).containsEntry("name", "Marco (consulente)")
				.containsEntry("scheduledHours", 3.0)
				.containsEntry("workedHours", 2.5));
	}

	@Test
	void interviewsComeFromTheRecordsThePartnerCounsellorsMade() {
		long visit = checkIn("LAVORO").id();
		long desk = take("counsellor", desk("LAVORO", 0));
		callNext("counsellor", desk);
		step("counsellor", visit, "start");
		clock.advance(Duration.ofMinutes(25));
		ApiResponse recorded = api.as("counsellor")
			.post("/api/v1/interviews", Json.of("visitId", visit, "outcome", "INFORMED"));
		assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);

		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> report("coordinator", IDEA, TODAY).number("$.partnerTotals.interviews") == 1);
		ApiResponse idea = report("coordinator", IDEA, TODAY);
		assertThat(idea.number("$.partnerTotals.interviewMinutes")).isEqualTo(25);
		assertThat(idea.number("$.centreTotals.interviews")).isEqualTo(1);
		assertThat(idea.number("$.counsellors[0].interviews")).isEqualTo(1);

		ApiResponse solco = report("partnercoord", SOLCO, TODAY);
		assertThat(solco.number("$.partnerTotals.interviews")).isZero();
		assertThat(solco.number("$.centreTotals.interviews")).as("the centre's totals include other partners' work")
			.isEqualTo(1);
	}

	@Test
	void moneyAndResourcesComeFromTheContributionsRecordedAndWorkshopsFromTheEventsCalendar() {
		String quarter = "from=2026-01-01&to=2026-03-31";
		Map<String, Object> money = line(report("coordinator", REGIONE, quarter), "MONEY", "€");
		assertThat(money).containsEntry("committed", 9856.47)
			.containsEntry("expectedToDate", 7556.62)
			.containsEntry("delivered", 0.0)
			.containsEntry("status", "SHORTFALL");

		ApiResponse contribution = api.as("coordinator")
			.post("/api/v1/partners/" + partner(REGIONE) + "/contributions", Json.of("kind", "MONEY", "quantity", 8000,
					"unit", "€", "deliveredOn", "2026-02-15", "note", "delivery test"));
		assertThat(contribution.status()).as(contribution.toString()).isEqualTo(201);

		assertThat(line(report("coordinator", REGIONE, quarter), "MONEY", "€")).containsEntry("delivered", 8000.0)
			.containsEntry("status", "ON_TRACK");
		assertThat(line(report("partnercoord", SOLCO, quarter), "WORKSHOPS", null)).containsEntry("delivered", 0.0)
			.containsEntry("status", "SHORTFALL");

		for (String day : List.of("2026-02-10", "2026-03-03")) {
			ApiResponse workshop = api.as("coordinator")
				.post("/api/v1/events",
						Json.of("kind", "WORKSHOP", "title", "Laboratorio CV (delivery test)", "startsAt",
								day + "T10:00", "endsAt", day + "T12:00", "place", "Sala laboratori",
								"organiserPartner", partner(SOLCO)));
			assertThat(workshop.status()).as(workshop.toString()).isEqualTo(201);
		}

		assertThat(line(report("partnercoord", SOLCO, quarter), "WORKSHOPS", null)).containsEntry("delivered", 2.0)
			.containsEntry("status", "MET");
	}

	@Test
	void aPartnerCoordinatorSeesOnlyTheirOwnPartner() {
		assertThat(report("partnercoord", SOLCO, TODAY).status()).isEqualTo(200);

		ApiResponse other = report("partnercoord", IDEA, TODAY);
		assertThat(other.status()).isEqualTo(404);
		assertThat(other.body()).doesNotContain("Consorzio");
		assertThat(report("counsellor", IDEA, TODAY).status()).isEqualTo(403);
		assertThat(api.anonymous().get("/api/v1/partners/" + partner(IDEA) + "/delivery").status()).isEqualTo(401);
	}

	@Test
	void withoutDatesTheReportCoversTheCurrentQuarter() {
		ApiResponse report = report("coordinator", IDEA, "");
		assertThat(report.text("$.from")).isEqualTo("2026-01-01");
		assertThat(report.text("$.to")).isEqualTo("2026-03-31");
		assertThat(report.text("$.asOf")).isEqualTo("2026-03-10");
	}

	@Test
	void aWrongPeriodIsRefusedSayingWhy() {
		assertRefused(report("coordinator", IDEA, "from=2026-03-10&to=2026-03-01"), "finisce");
		assertRefused(report("coordinator", IDEA, "from=10/03/2026&to=2026-03-31"), "non è valida");
		assertRefused(report("coordinator", IDEA, "from=2020-01-01&to=2026-03-31"), "al massimo 5 anni");
		assertRefused(report("coordinator", IDEA, "from=2026-01-01"), "primo e l'ultimo giorno");
		ApiResponse unknown = api.as("coordinator").get("/api/v1/partners/999999/delivery?" + TODAY);
		assertThat(unknown.status()).isEqualTo(404);
		ApiResponse english = api.as("coordinator")
			.inEnglish()
			.get("/api/v1/partners/" + partner(IDEA) + "/delivery?from=2026-03-10&to=2026-03-01");
		assertThat(english.text("$.detail")).contains("ends");
	}

	private static void assertRefused(ApiResponse response, String says) {
		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.text("$.detail")).contains(says);
	}

}
