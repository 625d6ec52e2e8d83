package it.mestieri.counselling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import it.mestieri.centre.CentreDirectory;
import it.mestieri.partners.PartnerId;
import it.mestieri.testing.ApiResponse;
import it.mestieri.testing.ApiTestBase;
import it.mestieri.testing.Json;

/**
 * The interview record over HTTP: a counsellor finishes a visit and records it in one
 * step, corrects it for 24 hours, and readers see only what their role allows. Runs on H2
 * ({@link InterviewApiH2Test}) and on PostgreSQL ({@link InterviewApiPostgresTest}).
 */
abstract class InterviewApiTests extends ApiTestBase {

	static final String IDEA = "Consorzio Idea Agenzia per il Lavoro";
	static final String SOLCO = "Solco Roma";

	@Autowired
	Interviews interviews;

	@Autowired
	CentreDirectory centre;

	/**
	 * A visit of the area in an interview at the counsellor's desk (the desk at that
	 * index of the area).
	 */
	long inProgress(String counsellor, String area, int deskIndex) {
		long visit = checkIn(area).id();
		long desk = take(counsellor, desk(area, deskIndex));
		callNext(counsellor, desk);
		step(counsellor, visit, "start");
		return visit;
	}

	ApiResponse record(String counsellor, long visit, Object... fields) {
		List<Object> body = new ArrayList<>(List.of("visitId", visit, "outcome", "INFORMED"));
		body.addAll(List.of(fields));
		return api.as(counsellor).post("/api/v1/interviews", Json.of(body.toArray()));
	}

	ApiResponse recorded(String counsellor, long visit, Object... fields) {
		ApiResponse response = record(counsellor, visit, fields);
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return response;
	}

	ApiResponse correct(String counsellor, long id, Object... fields) {
		return api.as(counsellor).put("/api/v1/interviews/" + id, Json.of(fields));
	}

	long partner(String name) {
		ApiResponse partners = api.anonymous().get("/api/v1/partners");
		List<Number> ids = partners.read("$[?(@.name == '" + name + "')].id");
		return ids.get(0).longValue();
	}

	@Nested
	class Recording {

		@Test
		void aCounsellorFinishesTheVisitAndRecordsTheInterviewInOneStep() {
			long visit = inProgress("counsellor", "LAVORO", 0);
			clock.advance(Duration.ofMinutes(12).plusSeconds(10));

			ApiResponse interview = recorded("counsellor", visit, "outcome", "REFERRED", "topics",
					List.of("cv", "COLLOQUIO"), "resources", List.of("GUIDA_CV"), "referral", "PARTNER_SERVICE",
					"referralPartnerId", partner(SOLCO), "followUpSuggested", true);

			assertThat(interview.headers().firstValue("Location")).contains("/api/v1/interviews/" + interview.id());
			assertThat(interview.number("$.visitId")).isEqualTo(visit);
			assertThat(interview.text("$.counsellor")).isEqualTo("counsellor");
			assertThat(interview.number("$.partnerId")).isEqualTo(partner(IDEA));
			assertThat(interview.text("$.area")).isEqualTo("LAVORO");
			assertThat(interview.number("$.durationMinutes")).isEqualTo(12);
			assertThat(interview.<List<String>>read("$.topics")).containsExactlyInAnyOrder("CV", "COLLOQUIO");
			assertThat(interview.<List<String>>read("$.resources")).containsExactly("GUIDA_CV");
			assertThat(interview.text("$.referral")).isEqualTo("PARTNER_SERVICE");
			assertThat(interview.number("$.referralPartnerId")).isEqualTo(partner(SOLCO));
			assertThat(interview.<Boolean>read("$.followUpSuggested")).isTrue();
			assertThat(interview.<Boolean>read("$.locked")).isFalse();
			assertThat(interview.number("$.version")).isZero();

			ApiResponse finished = visit(visit);
			assertThat(finished.text("$.status")).isEqualTo("FINISHED");
			assertThat(finished.text("$.outcome")).isEqualTo("REFERRED");
			assertThat(finished.text("$.referral")).isEqualTo("PARTNER_SERVICE");

			ApiResponse history = api.as("counsellor").get("/api/v1/interviews/" + interview.id() + "/history");
			assertThat(history.status()).isEqualTo(200);
			assertThat(history.<List<String>>read("$[*].kind")).containsExactly("RECORDED");
			assertThat(history.text("$[0].changedBy")).isEqualTo("counsellor");
		}

		@Test
		void theFiguresPerPartnerCountInterviewsAndMinutes() {
			long first = inProgress("counsellor", "LAVORO", 0);
			clock.advance(Duration.ofMinutes(10));
			recorded("counsellor", first);
			long second = inProgress("counsellor", "LAVORO", 0);
			clock.advance(Duration.ofMinutes(20));
			recorded("counsellor", second);

			LocalDate today = LocalDate.of(2026, 3, 10);
			var idea = interviews.countsByPartner(today, today)
				.stream()
				.filter(row -> row.partner() != null && row.partner().equals(new PartnerId(partner(IDEA))))
				.toList();

			assertThat(idea).singleElement().satisfies(row -> {
				assertThat(row.area()).isEqualTo(centre.area("LAVORO").orElseThrow().id());
				assertThat(row.interviews()).isEqualTo(2);
				assertThat(row.minutes()).isEqualTo(30);
			});
			assertThat(interviews.countsByPartner(today.plusDays(1), today.plusDays(2))).isEmpty();
		}

		@Test
		void aVisitorWhoLeftDuringTheInterviewIsRecordedUntilTheyLeft() {
			long visit = inProgress("counsellor", "LAVORO", 0);
			clock.advance(Duration.ofMinutes(4));

			ApiResponse interview = recorded("counsellor", visit, "outcome", "LEFT_BEFORE_SERVED");

			assertThat(interview.text("$.outcome")).isEqualTo("LEFT_BEFORE_SERVED");
			assertThat(interview.number("$.durationMinutes")).isEqualTo(4);
			assertThat(visit(visit).text("$.status")).isEqualTo("LEFT");
		}

	}

	@Nested
	class Correcting {

		@Test
		void theAuthorCorrectsTheRecordWithin24HoursAndTheHistoryKeepsWhatChanged() {
			long visit = inProgress("counsellor", "LAVORO", 0);
			long id = recorded("counsellor", visit, "topics", List.of("CV")).id();
			clock.advance(Duration.ofHours(24).minusSeconds(1));

			ApiResponse corrected = correct("counsellor", id, "version", 0, "topics", List.of("EURES", "CV"),
					"followUpSuggested", true);

			assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
			assertThat(corrected.number("$.version")).isEqualTo(1);
			assertThat(corrected.<List<String>>read("$.topics")).containsExactlyInAnyOrder("CV", "EURES");
			assertThat(corrected.<Boolean>read("$.followUpSuggested")).isTrue();
			ApiResponse history = api.as("counsellor").get("/api/v1/interviews/" + id + "/history");
			assertThat(history.<List<String>>read("$[*].kind")).containsExactly("RECORDED", "CORRECTED");
			assertThat(history.text("$[1].changedBy")).isEqualTo("counsellor");
			assertThat(history.<List<String>>read("$[1].changes[*].field")).containsExactlyInAnyOrder("topics",
					"followUpSuggested");
			assertThat(history.<List<String>>read("$[1].changes[?(@.field == 'topics')].before")).containsExactly("CV");
			assertThat(history.<List<String>>read("$[1].changes[?(@.field == 'followUpSuggested')].after"))
				.containsExactly("true");
		}

		@Test
		void after24HoursTheRecordIsLockedForItsAuthorToo() {
			long visit = inProgress("counsellor", "LAVORO", 0);
			long id = recorded("counsellor", visit).id();
			clock.advance(Duration.ofHours(24).plusSeconds(1));

			refused(409, "24 ore", () -> correct("counsellor", id, "version", 0, "topics", List.of("EURES")));
			assertThat(api.as("counsellor")
				.inEnglish()
				.put("/api/v1/interviews/" + id, Json.of("version", 0))
				.text("$.detail")).contains("24 hours");
			assertThat(api.as("counsellor").get("/api/v1/interviews/" + id).<Boolean>read("$.locked")).isTrue();
		}

		@Test
		void nobodyButTheAuthorMayCorrectIt() {
			long visit = inProgress("counsellor", "LAVORO", 0);
			long id = recorded("counsellor", visit).id();

			refused(403, "Solo chi ha registrato",
					() -> correct("counsellor2", id, "version", 0, "topics", List.of("EURES")));
			refused(403, "Non puoi vedere", () -> api.as("counsellor2").get("/api/v1/interviews/" + id));
		}

		@Test
		void aCorrectionOfAnOlderVersionIsRefusedAndTheNewerKept() {
			long visit = inProgress("counsellor", "LAVORO", 0);
			long id = recorded("counsellor", visit).id();
			assertThat(correct("counsellor", id, "version", 0, "topics", List.of("CV")).status()).isEqualTo(200);

			refused(409, "modificato nel frattempo",
					() -> correct("counsellor", id, "version", 0, "topics", List.of("EURES")));
			assertThat(api.as("counsellor").get("/api/v1/interviews/" + id).<List<String>>read("$.topics"))
				.containsExactly("CV");
		}

		@Test
		void twoCorrectionsAtOnceOneIsSavedTheOtherGets409() throws Exception {
			long visit = inProgress("counsellor", "LAVORO", 0);
			long id = recorded("counsellor", visit).id();
			CyclicBarrier together = new CyclicBarrier(2);
			List<Callable<ApiResponse>> corrections = List.of(() -> {
				together.await();
				return correct("counsellor", id, "version", 0, "topics", List.of("CV"));
			}, () -> {
				together.await();
				return correct("counsellor", id, "version", 0, "topics", List.of("EURES"));
			});

			List<Integer> statuses = run(corrections).stream().map(ApiResponse::status).sorted().toList();

			assertThat(statuses).containsExactly(200, 409);
			assertThat(database.count("select version from counselling_interview where id = ?", id)).isEqualTo(1);
			assertThat(database.count("select count(*) from counselling_interview_change where interview_id = ?", id))
				.isEqualTo(2);
		}

	}

	@Nested
	class Racing {

		@Test
		void twoFinishesOfOneVisitAtOnceMakeExactlyOneRecord() throws Exception {
			long visit = inProgress("counsellor", "LAVORO", 0);
			CyclicBarrier together = new CyclicBarrier(3);
			List<Callable<ApiResponse>> finishes = List.of(() -> {
				together.await();
				return record("counsellor", visit, "topics", List.of("CV"));
			}, () -> {
				together.await();
				return record("counsellor", visit, "topics", List.of("EURES"));
			}, () -> {
				together.await();
				return record("counsellor", visit);
			});

			List<ApiResponse> responses = run(finishes);

			assertThat(responses.stream().map(ApiResponse::status).sorted().toList()).as(responses.toString())
				.containsExactly(201, 409, 409);
			assertThat(database.count("select count(*) from counselling_interview where visit_id = ?", visit))
				.isEqualTo(1);
			assertThat(visit(visit).text("$.status")).isEqualTo("FINISHED");
		}

	}

	@Nested
	class Reading {

		@Test
		void eachReaderSeesOnlyTheRecordsOfTheirScope() {
			long mine = recorded("counsellor", inProgress("counsellor", "LAVORO", 0)).id();
			long solcos = recorded("counsellor2", inProgress("counsellor2", "ORIENTAMENTO", 0), "topics",
					List.of("BILANCIO"))
				.id();

			assertThat(ids("coordinator")).containsExactlyInAnyOrder(mine, solcos);
			assertThat(ids("partnercoord")).containsExactly(solcos);
			assertThat(ids("counsellor")).containsExactly(mine);
			assertThat(ids("counsellor2")).containsExactly(solcos);

			assertThat(api.as("coordinator").get("/api/v1/interviews/" + mine).status()).isEqualTo(200);
			assertThat(api.as("partnercoord").get("/api/v1/interviews/" + solcos).status()).isEqualTo(200);
			assertThat(api.as("partnercoord").get("/api/v1/interviews/" + solcos + "/history").status()).isEqualTo(200);
			refused(403, "Non puoi vedere", () -> api.as("partnercoord").get("/api/v1/interviews/" + mine));
			refused(403, "Non puoi vedere",
					() -> api.as("partnercoord").get("/api/v1/interviews/" + mine + "/history"));
			refused(403, "", () -> api.as("coordinator").put("/api/v1/interviews/" + mine, Json.of("version", 0)));
		}

		@Test
		void thePeriodIsOfDaysOfTheCentre() {
			long id = recorded("counsellor", inProgress("counsellor", "LAVORO", 0)).id();

			assertThat(api.as("coordinator")
				.get("/api/v1/interviews?from=2026-03-10&to=2026-03-10")
				.<List<Number>>read("$[*].id")).extracting(Number::longValue).contains(id);
			assertThat(api.as("coordinator")
				.get("/api/v1/interviews?from=2026-03-11&to=2026-03-12")
				.<List<Number>>read("$[*].id")).isEmpty();
		}

		@Test
		void theOperationsAreDescribedInTheApiDescription() {
			ApiResponse docs = api.anonymous().get("/v3/api-docs");

			assertThat(docs.status()).isEqualTo(200);
			assertThat(docs.<Map<String, Object>>read("$.paths")).containsKeys("/api/v1/interviews",
					"/api/v1/interviews/{id}", "/api/v1/interviews/{id}/history");
			assertThat(docs.<Map<String, Object>>read("$.paths['/api/v1/interviews/{id}']")).containsKeys("get", "put");
		}

		List<Long> ids(String who) {
			ApiResponse list = api.as(who).get("/api/v1/interviews");
			assertThat(list.status()).as(list.toString()).isEqualTo(200);
			return list.<List<Number>>read("$[*].id").stream().map(Number::longValue).toList();
		}

	}

	@Nested
	class BadInput {

		@Test
		void topicsResourcesAndReferralsAreCheckedByName() {
			long visit = inProgress("counsellor", "LAVORO", 0);

			refused(400, "Argomento sconosciuto: \"MARTE\"",
					() -> record("counsellor", visit, "topics", List.of("MARTE")));
			refused(400, "un'altra area", () -> record("counsellor", visit, "topics", List.of("BUSINESS_PLAN")));
			refused(400, "Materiale sconosciuto", () -> record("counsellor", visit, "resources", List.of("NIENTE")));
			refused(400, "non è offerto nell'area LAVORO",
					() -> record("counsellor", visit, "resources", List.of("GUIDA_IMPRESA")));
			refused(400, "Valore sconosciuto per 'outcome'", () -> record("counsellor", visit, "outcome", "PARTY"));
			refused(400, "Scegli l'esito", () -> record("counsellor", visit, "outcome", "NO_SHOW"));
			refused(400, "scegli dove", () -> record("counsellor", visit, "outcome", "REFERRED"));
			refused(400, "solo con l'esito", () -> record("counsellor", visit, "referral", "COURSE"));
			refused(400, "solo per un invio al servizio di un partner", () -> record("counsellor", visit, "outcome",
					"REFERRED", "referral", "COURSE", "referralPartnerId", partner(SOLCO)));
			refused(400, "Partner sconosciuto", () -> record("counsellor", visit, "outcome", "REFERRED", "referral",
					"PARTNER_SERVICE", "referralPartnerId", 999999));
			refused(400, "Campo sconosciuto: 'name'", () -> record("counsellor", visit, "name", "Mario Rossi"));
			refused(400, "outcome", () -> api.as("counsellor").post("/api/v1/interviews", Json.of("visitId", visit)));
			refused(400, "", () -> api.as("counsellor").post("/api/v1/interviews", "{not json"));
			refused(404, "Visita sconosciuta", () -> record("counsellor", 999999));
			assertThat(api.as("counsellor")
				.inEnglish()
				.post("/api/v1/interviews",
						Json.of("visitId", visit, "outcome", "INFORMED", "topics", List.of("MARTE")))
				.text("$.detail")).startsWith("Unknown topic: \"MARTE\"");
		}

		@Test
		void onlyTheVisitInProgressAtTheCounsellorsOwnDesk() {
			long called = checkIn("LAVORO").id();
			long desk = take("counsellor", desk("LAVORO", 0));
			callNext("counsellor", desk);
			refused(409, "non è in colloquio", () -> record("counsellor", called));
			step("counsellor", called, "start");

			refused(403, "non è in colloquio al tuo sportello", () -> record("counsellor2", called));
			refused(403, "Il tuo ruolo", () -> api.as("reception")
				.post("/api/v1/interviews", Json.of("visitId", called, "outcome", "INFORMED")));
			recorded("counsellor", called);
			refused(409, "non è in colloquio", () -> record("counsellor", called));
		}

		@Test
		void correctionsAndPeriodsAreCheckedToo() {
			long id = recorded("counsellor", inProgress("counsellor", "LAVORO", 0)).id();

			refused(400, "version", () -> correct("counsellor", id, "topics", List.of("CV")));
			refused(400, "un'altra area", () -> correct("counsellor", id, "version", 0, "topics", List.of("BILANCIO")));
			refused(400, "solo con l'esito", () -> correct("counsellor", id, "version", 0, "referral", "COURSE"));
			refused(400, "Campo sconosciuto: 'outcome'",
					() -> correct("counsellor", id, "version", 0, "outcome", "REFERRED"));
			refused(404, "Colloquio sconosciuto", () -> correct("counsellor", 999999, "version", 0));
			refused(404, "Colloquio sconosciuto", () -> api.as("counsellor").get("/api/v1/interviews/999999"));
			refused(400, "from", () -> api.as("coordinator").get("/api/v1/interviews?from=2026-13-01"));
			refused(400, "Periodo non valido",
					() -> api.as("coordinator").get("/api/v1/interviews?from=2026-03-10&to=2026-03-01"));
			refused(400, "Periodo non valido",
					() -> api.as("coordinator").get("/api/v1/interviews?from=2024-01-01&to=2026-03-01"));
		}

	}

	private static List<ApiResponse> run(List<Callable<ApiResponse>> requests) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(requests.size());
		try {
			List<ApiResponse> responses = new ArrayList<>();
			for (Future<ApiResponse> response : pool.invokeAll(requests, 1, TimeUnit.MINUTES)) {
				responses.add(response.get());
			}
			return responses;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
