package it.mestieri.reception;

import static it.mestieri.testing.CheckInJson.aCheckIn;
import static it.mestieri.testing.CheckInJson.aFullyDescribedCheckIn;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import it.mestieri.testing.Api;
import it.mestieri.testing.ApiResponse;
import it.mestieri.testing.ApiTestBase;
import it.mestieri.testing.BoardListener;
import it.mestieri.testing.Json;
import it.mestieri.testing.MutableClock;

/**
 * The walk-in API of issue 2, over HTTP, as reception, counsellors and the public use it.
 * Runs on H2 ({@link ReceptionApiH2Test}) and on PostgreSQL
 * ({@link ReceptionApiPostgresTest}).
 */
abstract class ReceptionApiTests extends ApiTestBase {

	static final Instant TUESDAY_MORNING = MutableClock.TUESDAY_MORNING.atZone(MutableClock.ROME).toInstant();

	@Nested
	class Areas {

		@Test
		void anyoneCanListTheAreasWithTheirCodesAndNames() {
			ApiResponse areas = api.anonymous().get("/api/v1/areas");

			assertThat(areas.status()).isEqualTo(200);
			assertThat(areas.contentType()).startsWith("application/json");
			assertThat(areas.<List<String>>read("$[*].code")).contains("LAVORO", "IMPRESA", "FORMAZIONE",
					"ORIENTAMENTO", "INCLUSIONE");
			assertThat(areas.<List<String>>read("$[?(@.code == 'LAVORO')].nameIt")).containsExactly("Cercare lavoro");
			assertThat(areas.<List<String>>read("$[?(@.code == 'LAVORO')].nameEn")).containsExactly("Looking for work");
			assertThat(areas.<List<Boolean>>read("$[?(@.code == 'INCLUSIONE')].walkIn")).containsExactly(false);
		}

	}

	@Nested
	class CheckIn {

		@Test
		void receptionChecksAVisitorInAndGetsATicketWithPlaceAndWait() {
			ApiResponse visit = api.as("reception").post("/api/v1/visits", Json.of("area", "LAVORO"));

			assertThat(visit.status()).isEqualTo(201);
			assertThat(visit.id()).isPositive();
			assertThat(visit.headers().firstValue("Location")).contains("/api/v1/visits/" + visit.id());
			assertThat(visit.text("$.ticket")).isEqualTo("L-001");
			assertThat(visit.text("$.area")).isEqualTo("LAVORO");
			assertThat(visit.number("$.position")).isEqualTo(1);
			assertThat(visit.number("$.estimatedWaitMinutes")).isZero();
			assertThat(visit.text("$.status")).isEqualTo("WAITING");
			assertThat(Instant.parse(visit.text("$.checkedInAt"))).isEqualTo(TUESDAY_MORNING);
		}

		@Test
		void ticketsAreNumberedPerAreaAndStartAgainTheNextDay() {
			assertThat(checkIn("LAVORO").text("$.ticket")).isEqualTo("L-001");
			assertThat(checkIn("LAVORO").text("$.ticket")).isEqualTo("L-002");
			assertThat(checkIn("IMPRESA").text("$.ticket")).isEqualTo("I-001");
			ApiResponse third = checkIn("LAVORO");
			assertThat(third.text("$.ticket")).isEqualTo("L-003");
			assertThat(third.number("$.position")).isEqualTo(3);

			clock.advance(Duration.ofDays(1));

			assertThat(checkIn("LAVORO").text("$.ticket")).isEqualTo("L-001");
			assertThat(checkIn("IMPRESA").text("$.ticket")).isEqualTo("I-001");
		}

		@Test
		void theEstimatedWaitCountsThePeopleAheadSharedAmongTheOpenDesks() {
			checkIn("LAVORO");
			checkIn("LAVORO");
			// nobody has measured a service time yet: 15 minutes each
			// (mestieri.reception.default-service-time)
			assertThat(checkIn("LAVORO").number("$.estimatedWaitMinutes")).isEqualTo(30);

			take("counsellor", desk("LAVORO", 0));
			take("counsellor2", desk("LAVORO", 1));

			assertThat(checkIn("LAVORO").number("$.estimatedWaitMinutes")).isEqualTo(23);
		}

		@Test
		void theOptionalAnonymousProfileIsRecorded() {
			long id = checkIn(aFullyDescribedCheckIn("LAVORO", "CV")).id();

			Map<String, Object> row = database.jdbc().sql("""
					select gender, age_band, occupational_status, education_level, citizenship_group, residence,
					       residence_municipio_id, topic_id, first_visit, visitor_card
					from reception_visit where id = ?""").param(id).query().singleRow();
			assertThat(row).containsEntry("gender", "WOMAN")
				.containsEntry("age_band", "FROM_25_TO_29")
				.containsEntry("occupational_status", "UNEMPLOYED")
				.containsEntry("education_level", "ISCED_3")
				.containsEntry("citizenship_group", "NON_EU")
				.containsEntry("residence", "MUNICIPIO")
				.containsEntry("first_visit", false)
				.containsEntry("visitor_card", "K7QF29XM");
			assertThat(row.get("topic_id")).isNotNull();
			assertThat(row.get("residence_municipio_id")).isNotNull();
		}

		@Test
		void withoutAProfileEveryBandIsNotStated() {
			long id = checkIn("IMPRESA").id();

			assertThat(database.jdbc().sql("""
					select gender, age_band, occupational_status, education_level, citizenship_group, residence
					from reception_visit where id = ?""").param(id).query().singleRow().values())
				.containsOnly("NOT_STATED");
		}

		@Test
		void aVisitorCardSeenBeforeMarksAReturningVisitor() {
			long first = checkIn(aCheckIn("LAVORO").with("visitorCard", "AB12-CD34")).id();
			long second = checkIn(aCheckIn("IMPRESA").with("visitorCard", "ab12cd34")).id();

			assertThat(database.jdbc()
				.sql("select first_visit from reception_visit where id = ?")
				.param(first)
				.query(Boolean.class)
				.single()).isTrue();
			assertThat(database.jdbc()
				.sql("select first_visit from reception_visit where id = ?")
				.param(second)
				.query(Boolean.class)
				.single()).isFalse();
		}

		@Test
		void aPriorityVisitorGoesBeforeThoseWhoArrivedLessThanTheAdvanceBeforeButNotBeforeEarlierOnes() {
			clock.setTo(LocalDateTime.of(2026, 3, 10, 10, 0));
			checkIn("LAVORO"); // L-001 at 10:00
			clock.advance(Duration.ofMinutes(20));
			checkIn("LAVORO"); // L-002 at 10:20
			clock.advance(Duration.ofMinutes(20));

			// at 10:40 with an advance of 30 minutes: queued as if at 10:10
			ApiResponse priority = checkIn(aCheckIn("LAVORO").priority());

			assertThat(priority.text("$.ticket")).isEqualTo("L-003");
			assertThat(priority.number("$.position")).isEqualTo(2);
			assertThat(priority.read("$.priority").equals(Boolean.TRUE)).isTrue();
			long desk = take("counsellor", desk("LAVORO", 0));
			List<String> calledInOrder = new java.util.ArrayList<>();
			for (int i = 0; i < 3; i++) {
				ApiResponse called = callNext("counsellor", desk);
				calledInOrder.add(called.text("$.ticket"));
				step("counsellor", called.id(), "no-show");
			}
			assertThat(calledInOrder).containsExactly("L-001", "L-003", "L-002");
		}

	}

	@Nested
	class Queues {

		@Test
		void anyoneSeesPerAreaThePeopleWaitingAndTheEstimatedWait() {
			checkIn("LAVORO");
			checkIn("LAVORO");
			checkIn("FORMAZIONE");

			ApiResponse queues = api.anonymous().get("/api/v1/queues");

			assertThat(queues.status()).isEqualTo(200);
			assertThat(queues.<List<Integer>>read("$[?(@.area == 'LAVORO')].waiting")).containsExactly(2);
			assertThat(queues.<List<Integer>>read("$[?(@.area == 'LAVORO')].estimatedWaitMinutes")).containsExactly(30);
			assertThat(queues.<List<List<String>>>read("$[?(@.area == 'LAVORO')].next"))
				.containsExactly(List.of("L-001", "L-002"));
			assertThat(queues.<List<Integer>>read("$[?(@.area == 'FORMAZIONE')].waiting")).containsExactly(1);
			assertThat(queues.<List<Integer>>read("$[?(@.area == 'IMPRESA')].waiting")).containsExactly(0);
			assertThat(queues.<List<Integer>>read("$[?(@.area == 'IMPRESA')].estimatedWaitMinutes")).containsExactly(0);
			assertThat(queues.<List<Boolean>>read("$[?(@.area == 'LAVORO')].open")).containsExactly(true);
			assertThat(queues.<List<String>>read("$[*].area")).doesNotContain("INCLUSIONE");
		}

		@Test
		void theQueuesSayWhenTheCentreIsClosed() {
			clock.setTo(LocalDateTime.of(2026, 3, 9, 11, 0)); // a Monday

			ApiResponse queues = api.anonymous().get("/api/v1/queues");

			assertThat(queues.<List<Boolean>>read("$[*].open")).isNotEmpty().containsOnly(false);
		}

		@Test
		void theOpenDesksAreCounted() {
			take("counsellor", desk("ORIENTAMENTO", 0));

			ApiResponse queues = api.anonymous().get("/api/v1/queues");

			assertThat(queues.<List<Integer>>read("$[?(@.area == 'ORIENTAMENTO')].desksOpen")).containsExactly(1);
			assertThat(queues.<List<Integer>>read("$[?(@.area == 'LAVORO')].desksOpen")).containsExactly(0);
		}

	}

	@Nested
	class Desks {

		@Test
		void staffSeeEveryDeskWithItsAreaAndWhoHoldsIt() {
			long desk = take("counsellor", desk("IMPRESA", 1));

			ApiResponse desks = api.as("reception").get("/api/v1/desks");

			assertThat(desks.status()).isEqualTo(200);
			assertThat(desks.<List<String>>read("$[*].area")).contains("LAVORO", "IMPRESA", "FORMAZIONE",
					"ORIENTAMENTO");
			assertThat(desks.<List<String>>read("$[?(@.id == " + desk + ")].holder.username"))
				.containsExactly("counsellor");
			assertThat(desks.<List<Object>>read("$[?(@.id != " + desk + ")].holder")).containsOnlyNulls();
		}

		@Test
		void aCounsellorTakesADeskAndReleasesIt() {
			long desk = desk("LAVORO", 0);

			ApiResponse taken = api.as("counsellor").post("/api/v1/desks/" + desk + "/take");
			assertThat(taken.status()).isEqualTo(200);
			assertThat(taken.text("$.holder.username")).isEqualTo("counsellor");
			assertThat(taken.text("$.area")).isEqualTo("LAVORO");
			assertThat(taken.read("$.takenAt").toString()).isEqualTo(TUESDAY_MORNING.toString());

			ApiResponse released = api.as("counsellor").post("/api/v1/desks/" + desk + "/release");
			assertThat(released.status()).isEqualTo(200);
			assertThat(released.<Object>read("$.holder")).isNull();
			assertThat(database.count(
					"select count(*) from reception_desk_session where desk_id = ? and released_at is not null", desk))
				.isEqualTo(1);
		}

		@Test
		void takingTheDeskOneHoldsAlreadyIsHarmless() {
			long desk = take("counsellor", desk("LAVORO", 0));

			assertThat(api.as("counsellor").post("/api/v1/desks/" + desk + "/take").status()).isEqualTo(200);
			assertThat(database.count("select count(*) from reception_desk_session where desk_id = ?", desk))
				.isEqualTo(1);
		}

		@Test
		void aDeskHeldBySomeoneElseCannotBeTaken() {
			long desk = take("counsellor", desk("LAVORO", 0));

			ApiResponse refused = api.as("counsellor2").post("/api/v1/desks/" + desk + "/take");

			assertThat(refused.status()).isEqualTo(409);
			assertThat(refused.text("$.detail")).contains("Marco");
		}

		@Test
		void aCounsellorHoldsOneDeskAtATime() {
			take("counsellor", desk("LAVORO", 0));

			ApiResponse refused = api.as("counsellor").post("/api/v1/desks/" + desk("LAVORO", 1) + "/take");

			assertThat(refused.status()).isEqualTo(409);
		}

		@Test
		void aDeskWithAnOpenTicketCannotBeReleased() {
			checkIn("LAVORO");
			long desk = take("counsellor", desk("LAVORO", 0));
			callNext("counsellor", desk);

			assertThat(api.as("counsellor").post("/api/v1/desks/" + desk + "/release").status()).isEqualTo(409);
		}

	}

	@Nested
	class CallingAndServing {

		@Test
		void callNextCallsTheFirstInLineAndAnswers204WhenNobodyWaits() {
			long first = checkIn("LAVORO").id();
			long second = checkIn("LAVORO").id();
			checkIn("IMPRESA");
			long desk = take("counsellor", desk("LAVORO", 0));

			ApiResponse called = callNext("counsellor", desk);
			assertThat(called.id()).isEqualTo(first);
			assertThat(called.text("$.ticket")).isEqualTo("L-001");
			assertThat(called.text("$.status")).isEqualTo("CALLED");
			assertThat(called.number("$.deskId")).isEqualTo(desk);
			assertThat(called.text("$.desk")).startsWith("Sportello");
			finish("counsellor", first, Json.of("outcome", "INFORMED"));

			assertThat(callNext("counsellor", desk).id()).isEqualTo(second);
			finish("counsellor", second, Json.of("outcome", "INFORMED"));

			ApiResponse none = api.as("counsellor").post("/api/v1/desks/" + desk + "/call-next");
			assertThat(none.status()).isEqualTo(204);
			assertThat(none.body()).isEmpty();
		}

		@Test
		void aDeskCallsOnlyFromItsOwnAreasQueue() {
			checkIn("IMPRESA");
			long desk = take("counsellor", desk("LAVORO", 0));

			assertThat(api.as("counsellor").post("/api/v1/desks/" + desk + "/call-next").status()).isEqualTo(204);
		}

		@Test
		void aDeskMustCloseItsTicketBeforeCallingTheNext() {
			checkIn("LAVORO");
			checkIn("LAVORO");
			long desk = take("counsellor", desk("LAVORO", 0));
			callNext("counsellor", desk);

			ApiResponse refused = api.as("counsellor").post("/api/v1/desks/" + desk + "/call-next");

			assertThat(refused.status()).isEqualTo(409);
			assertThat(refused.text("$.detail")).contains("L-001");
		}

		@Test
		void aVisitIsCalledStartedAndFinishedWithItsTimestamps() {
			long id = checkIn("ORIENTAMENTO").id();
			long desk = take("counsellor", desk("ORIENTAMENTO", 0));
			clock.advance(Duration.ofMinutes(7));
			callNext("counsellor", desk);
			ApiResponse called = visit(id);
			assertThat(called.text("$.status")).isEqualTo("CALLED");
			assertThat(called.text("$.calledAt")).isEqualTo(TUESDAY_MORNING.plus(Duration.ofMinutes(7)).toString());
			assertThat(called.<Object>read("$.position")).isNull();

			clock.advance(Duration.ofMinutes(1));
			step("counsellor", id, "start");
			ApiResponse started = visit(id);
			assertThat(started.text("$.status")).isEqualTo("IN_PROGRESS");
			assertThat(started.text("$.startedAt")).isEqualTo(TUESDAY_MORNING.plus(Duration.ofMinutes(8)).toString());

			clock.advance(Duration.ofMinutes(20));
			finish("counsellor", id, Json.of("outcome", "INFORMED"));
			ApiResponse finished = visit(id);
			assertThat(finished.text("$.status")).isEqualTo("FINISHED");
			assertThat(finished.text("$.outcome")).isEqualTo("INFORMED");
			assertThat(finished.text("$.checkedInAt")).isEqualTo(TUESDAY_MORNING.toString());
			assertThat(finished.text("$.finishedAt"))
				.isEqualTo(TUESDAY_MORNING.plus(Duration.ofMinutes(28)).toString());
			assertThat(finished.<Object>read("$.leftAt")).isNull();
		}

		@Test
		void aMeasuredServiceTimeReplacesTheDefaultInTheEstimate() {
			long id = checkIn("LAVORO").id();
			long desk = take("counsellor", desk("LAVORO", 0));
			callNext("counsellor", desk);
			clock.advance(Duration.ofMinutes(6));
			finish("counsellor", id, Json.of("outcome", "INFORMED"));
			checkIn("LAVORO");

			ApiResponse second = checkIn("LAVORO");

			assertThat(second.number("$.estimatedWaitMinutes")).isEqualTo(6);
		}

		@Test
		void aReferralIsRecordedWithItsDestination() {
			long id = checkIn("FORMAZIONE").id();
			long desk = take("counsellor", desk("FORMAZIONE", 0));
			callNext("counsellor", desk);
			step("counsellor", id, "start");

			ApiResponse finished = finish("counsellor", id, Json.of("outcome", "REFERRED", "referral", "COURSE"));

			assertThat(finished.text("$.outcome")).isEqualTo("REFERRED");
			assertThat(finished.text("$.referral")).isEqualTo("COURSE");
			assertThat(visit(id).text("$.referral")).isEqualTo("COURSE");
		}

		@Test
		void aVisitorWhoLeftBeforeBeingServedIsRecordedAsLeft() {
			long id = checkIn("LAVORO").id();
			long desk = take("counsellor", desk("LAVORO", 0));
			callNext("counsellor", desk);
			clock.advance(Duration.ofMinutes(2));

			finish("counsellor", id, Json.of("outcome", "left-before-served"));

			ApiResponse left = visit(id);
			assertThat(left.text("$.status")).isEqualTo("LEFT");
			assertThat(left.text("$.outcome")).isEqualTo("LEFT_BEFORE_SERVED");
			assertThat(left.text("$.leftAt")).isEqualTo(TUESDAY_MORNING.plus(Duration.ofMinutes(2)).toString());
			assertThat(left.<Object>read("$.finishedAt")).isNull();
		}

		@Test
		void aNoShowClosesTheTicketAndFreesTheDeskForTheNext() {
			long absent = checkIn("LAVORO").id();
			long next = checkIn("LAVORO").id();
			long desk = take("counsellor", desk("LAVORO", 0));
			callNext("counsellor", desk);

			ApiResponse noShow = step("counsellor", absent, "no-show");

			assertThat(noShow.text("$.status")).isEqualTo("LEFT");
			assertThat(noShow.text("$.outcome")).isEqualTo("NO_SHOW");
			assertThat(callNext("counsellor", desk).id()).isEqualTo(next);
		}

		@Test
		void aRecallCallsTheSameTicketAgain() {
			long id = checkIn("LAVORO").id();
			long desk = take("counsellor", desk("LAVORO", 0));
			callNext("counsellor", desk);

			ApiResponse recalled = step("counsellor", id, "recall");

			assertThat(recalled.text("$.status")).isEqualTo("CALLED");
			assertThat(recalled.number("$.callCount")).isEqualTo(2);
			assertThat(visit(id).number("$.callCount")).isEqualTo(2);
		}

		@Test
		void aTransferKeepsTheTicketAndThePlaceEarnedInTheNewQueue() {
			clock.setTo(LocalDateTime.of(2026, 3, 10, 10, 0));
			long lavoro = checkIn("LAVORO").id();
			clock.advance(Duration.ofMinutes(10));
			checkIn("IMPRESA");
			checkIn("IMPRESA");
			long lavoroDesk = take("counsellor", desk("LAVORO", 0));
			callNext("counsellor", lavoroDesk);
			step("counsellor", lavoro, "start");

			ApiResponse transferred = api.as("counsellor")
				.post("/api/v1/visits/" + lavoro + "/transfer", Json.of("area", "IMPRESA"));

			assertThat(transferred.status()).as(transferred.toString()).isEqualTo(200);
			assertThat(transferred.text("$.status")).isEqualTo("WAITING");
			assertThat(transferred.text("$.area")).isEqualTo("IMPRESA");
			assertThat(transferred.text("$.ticket")).isEqualTo("L-001");
			assertThat(transferred.text("$.transferredFrom")).isEqualTo("LAVORO");
			assertThat(transferred.number("$.position")).isEqualTo(1);
			assertThat(transferred.<Object>read("$.deskId")).isNull();
			long impresaDesk = take("counsellor2", desk("IMPRESA", 0));
			assertThat(callNext("counsellor2", impresaDesk).text("$.ticket")).isEqualTo("L-001");
			assertThat(api.as("counsellor").post("/api/v1/desks/" + lavoroDesk + "/call-next").status()).isEqualTo(204);
		}

		@Test
		void receptionMovesAWaitingVisitorToAnotherQueue() {
			long id = checkIn("LAVORO").id();

			ApiResponse transferred = api.as("reception")
				.post("/api/v1/visits/" + id + "/transfer", Json.of("area", "ORIENTAMENTO"));

			assertThat(transferred.status()).isEqualTo(200);
			assertThat(transferred.text("$.area")).isEqualTo("ORIENTAMENTO");
			ApiResponse queues = api.anonymous().get("/api/v1/queues");
			assertThat(queues.<List<Integer>>read("$[?(@.area == 'LAVORO')].waiting")).containsExactly(0);
			assertThat(queues.<List<Integer>>read("$[?(@.area == 'ORIENTAMENTO')].waiting")).containsExactly(1);
		}

		@Test
		void receptionClosesTheTicketOfAVisitorWhoWentAway() {
			long id = checkIn("LAVORO").id();

			ApiResponse left = api.as("reception").post("/api/v1/visits/" + id + "/leave");

			assertThat(left.status()).isEqualTo(200);
			assertThat(left.text("$.status")).isEqualTo("LEFT");
			assertThat(left.text("$.outcome")).isEqualTo("LEFT_BEFORE_SERVED");
			assertThat(api.anonymous().get("/api/v1/queues").<List<Integer>>read("$[?(@.area == 'LAVORO')].waiting"))
				.containsExactly(0);
		}

		@Test
		void everyMemberOfStaffCanReadAVisit() {
			long id = checkIn("LAVORO").id();

			for (String user : List.of("reception", "counsellor", "caseworker", "coordinator", "admin")) {
				ApiResponse visit = api.as(user).get("/api/v1/visits/" + id);
				assertThat(visit.status()).as(user).isEqualTo(200);
				assertThat(visit.text("$.ticket")).isEqualTo("L-001");
			}
		}

	}

	@Nested
	class Board {

		@Test
		void theHallDisplayReceivesEachCallLive() throws Exception {
			checkIn("LAVORO");
			long desk = take("counsellor", desk("LAVORO", 0));
			try (BoardListener board = new BoardListener(api.anonymous().eventStream("/api/v1/board"))) {
				board.next("hello", Duration.ofSeconds(10));

				long id = callNext("counsellor", desk).id();

				BoardListener.Event called = board.next("called", Duration.ofSeconds(10));
				assertThat(called.data()).contains("\"ticket\":\"L-001\"", "\"area\":\"LAVORO\"",
						"\"desk\":\"Sportello", "\"recall\":false");

				step("counsellor", id, "recall");

				assertThat(board.next("called", Duration.ofSeconds(10)).data()).contains("\"ticket\":\"L-001\"",
						"\"recall\":true");
			}
		}

	}

	@Nested
	class Authorization {

		@Test
		void anAnonymousCheckInIsAskedToLogIn() {
			ApiResponse refused = api.anonymous().post("/api/v1/visits", Json.of("area", "LAVORO"));

			assertThat(refused.status()).isEqualTo(401);
			assertThat(refused.contentType()).startsWith("application/problem+json");
			assertThat(refused.headers().firstValue("WWW-Authenticate"))
				.hasValueSatisfying(value -> assertThat(value).startsWith("Basic"));
			assertThat(refused.text("$.detail")).isEqualTo("Serve l'accesso: indica nome utente e password.");
			assertThat(database.snapshot().visits()).isZero();
		}

		@Test
		void aBasicLoginHoldsForItsCallOnlyAndMakesNoSession() {
			ApiResponse first = api.as("coordinator").get("/api/v1/desks");
			assertThat(first.status()).isEqualTo(200);
			assertThat(first.headers().allValues("Set-Cookie")).isEmpty();

			ApiResponse withoutCredentials = api.as("coordinator").withSessionOnly().get("/api/v1/desks");

			assertThat(withoutCredentials.status()).isEqualTo(401);
		}

		@Test
		void aClientKeepingTheCookieOfAPublicPageStillWritesWithBasic() {
			Api client = new Api(port, password);
			ApiResponse page = client.as("reception").get("/kiosk");
			assertThat(page.headers().allValues("Set-Cookie")).as("the page's form made a session")
				.anyMatch(cookie -> cookie.startsWith("JSESSIONID="));

			ApiResponse checkIn = client.as("reception").post("/api/v1/visits", Json.of("area", "LAVORO"));

			assertThat(checkIn.status()).as(checkIn.toString()).isEqualTo(201);
		}

		@Test
		void aWrongPasswordIsAskedToLogIn() {
			ApiResponse refused = api.as("reception", "not-the-password")
				.post("/api/v1/visits", Json.of("area", "LAVORO"));

			assertThat(refused.status()).isEqualTo(401);
			assertThat(refused.contentType()).startsWith("application/problem+json");
		}

		@Test
		void staffOnlyReadsAreRefusedToTheAnonymous() {
			long id = checkIn("LAVORO").id();

			for (String path : List.of("/api/v1/visits/" + id, "/api/v1/desks")) {
				ApiResponse refused = api.anonymous().inEnglish().get(path);
				assertThat(refused.status()).as(path).isEqualTo(401);
				assertThat(refused.text("$.detail")).as(path)
					.isEqualTo("You need to log in: give a username and password.");
			}
		}

		@Test
		void aCounsellorCannotCheckVisitorsIn() {
			ApiResponse refused = api.as("counsellor").post("/api/v1/visits", Json.of("area", "LAVORO"));

			assertThat(refused.status()).isEqualTo(403);
			assertThat(refused.contentType()).startsWith("application/problem+json");
			assertThat(refused.text("$.detail")).isEqualTo("Il tuo ruolo non permette questa operazione.");
			assertThat(database.snapshot().visits()).isZero();
		}

		@Test
		void theRefusalIsInEnglishForAnEnglishClient() {
			ApiResponse refused = api.as("counsellor").inEnglish().post("/api/v1/visits", Json.of("area", "LAVORO"));

			assertThat(refused.status()).isEqualTo(403);
			assertThat(refused.text("$.detail")).isEqualTo("Your role does not allow this.");
		}

		@Test
		void onlyCounsellorsWorkAtDesks() {
			long desk = desk("LAVORO", 0);

			for (String user : List.of("reception", "caseworker", "coordinator", "admin")) {
				assertThat(api.as(user).post("/api/v1/desks/" + desk + "/take").status()).as(user).isEqualTo(403);
			}
			assertThat(database.count("select count(*) from reception_desk_holder")).isZero();
		}

		@Test
		void aCounsellorCannotCallFromADeskHeldBySomeoneElse() {
			checkIn("LAVORO");
			long desk = take("counsellor", desk("LAVORO", 0));

			ApiResponse refused = api.as("counsellor2").post("/api/v1/desks/" + desk + "/call-next");

			assertThat(refused.status()).isEqualTo(403);
			assertThat(database.count("select count(*) from reception_visit where status = 'WAITING'")).isEqualTo(1);
		}

		@Test
		void aCounsellorCannotServeAVisitAtAnotherDesk() {
			long id = checkIn("LAVORO").id();
			long desk = take("counsellor", desk("LAVORO", 0));
			take("counsellor2", desk("LAVORO", 1));
			callNext("counsellor", desk);

			for (String action : List.of("start", "recall", "no-show")) {
				assertThat(api.as("counsellor2").post("/api/v1/visits/" + id + "/" + action).status()).as(action)
					.isEqualTo(403);
			}
			assertThat(api.as("counsellor2")
				.post("/api/v1/visits/" + id + "/finish", Json.of("outcome", "INFORMED"))
				.status()).isEqualTo(403);
			assertThat(visit(id).text("$.status")).isEqualTo("CALLED");
		}

		@Test
		void onlyReceptionClosesAWaitingTicket() {
			long id = checkIn("LAVORO").id();

			assertThat(api.as("counsellor").post("/api/v1/visits/" + id + "/leave").status()).isEqualTo(403);
			assertThat(visit(id).text("$.status")).isEqualTo("WAITING");
		}

	}

}
