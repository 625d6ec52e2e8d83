package it.mestieri.reception;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import it.mestieri.testing.ApiResponse;
import it.mestieri.testing.ApiTestBase;
import it.mestieri.testing.MutableClock;
import it.mestieri.testing.Json;
import it.mestieri.testing.TestDatabase.Snapshot;

/**
 * Closing the day, against the test clock: tickets of past days still in the queue become
 * not served, interviews left open are finished without a record, and a second run
 * changes nothing. Runs on H2 ({@link EndOfDayH2Test}) and PostgreSQL
 * ({@link EndOfDayPostgresTest}).
 */
abstract class EndOfDayTests extends ApiTestBase {

	static final LocalDateTime TUESDAY_EVENING = LocalDateTime.of(2026, 3, 10, 18, 50);
	static final LocalDateTime WEDNESDAY_AFTER_MIDNIGHT = LocalDateTime.of(2026, 3, 11, 0, 5);

	@Autowired
	EndOfDay endOfDay;

	@Test
	void theNextDayOpenTicketsOfThePastDayAreClosed() {
		long finished = checkIn("LAVORO").id();
		long called = checkIn("LAVORO").id();
		long inProgress = checkIn("LAVORO").id();
		long left = checkIn("LAVORO").id();
		long waiting = checkIn("LAVORO").id();
		long desk = take("counsellor", desk("LAVORO", 0));
		callNext("counsellor", desk);
		finish("counsellor", finished, Json.of("outcome", "INFORMED"));
		callNext("counsellor", desk);
		long otherDesk = take("counsellor2", desk("LAVORO", 1));
		callNext("counsellor2", otherDesk);
		step("counsellor2", inProgress, "start");
		assertThat(api.as("reception").post("/api/v1/visits/" + left + "/leave").status()).isEqualTo(200);
		clock.setTo(WEDNESDAY_AFTER_MIDNIGHT);

		int closed = endOfDay.closePastDays().closed();

		assertThat(closed).isEqualTo(3);
		assertThat(visit(waiting).text("$.status")).isEqualTo("NOT_SERVED");
		assertThat(visit(called).text("$.status")).isEqualTo("NOT_SERVED");
		ApiResponse interview = visit(inProgress);
		assertThat(interview.text("$.status")).isEqualTo("FINISHED");
		assertThat(interview.text("$.outcome")).isEqualTo("NOT_RECORDED");
		assertThat(interview.text("$.finishedAt")).isNotNull();
		assertThat(visit(finished).text("$.outcome")).isEqualTo("INFORMED");
		assertThat(visit(left).text("$.outcome")).isEqualTo("LEFT_BEFORE_SERVED");
		assertThat(
				api.anonymous().get("/api/v1/queues").<java.util.List<Integer>>read("$[?(@.area == 'LAVORO')].waiting"))
			.containsExactly(0);
	}

	@Test
	void runningItTwiceChangesNothing() {
		checkIn("IMPRESA");
		long desk = take("counsellor", desk("IMPRESA", 0));
		long id = callNext("counsellor", desk).id();
		step("counsellor", id, "start");
		checkIn("IMPRESA");
		clock.setTo(WEDNESDAY_AFTER_MIDNIGHT);
		assertThat(endOfDay.closePastDays().closed()).isEqualTo(2);
		Snapshot afterFirstRun = database.snapshot();

		assertThat(endOfDay.closePastDays().closed()).isZero();
		assertThat(database.snapshot()).isEqualTo(afterFirstRun);
	}

	@Test
	void aDeskLeftTakenOvernightIsReleasedAtTheClosingTimeOfItsDay() {
		long desk = take("counsellor", desk("LAVORO", 0));
		clock.setTo(WEDNESDAY_AFTER_MIDNIGHT);

		EndOfDay.Report report = endOfDay.closePastDays();

		assertThat(report.desksReleased()).isEqualTo(1);
		assertThat(database.count("select count(*) from reception_desk_holder")).isZero();
		java.sql.Timestamp released = database.jdbc()
			.sql("select released_at from reception_desk_session where desk_id = ?")
			.param(desk)
			.query(java.sql.Timestamp.class)
			.single();
		assertThat(released.toInstant()).as("Tuesday's closing time, 19:00 in Rome")
			.isEqualTo(LocalDateTime.of(2026, 3, 10, 19, 0).atZone(MutableClock.ROME).toInstant());
		assertThat(api.as("counsellor").post("/api/v1/desks/" + desk + "/take").status()).isEqualTo(200);
		assertThat(endOfDay.closePastDays().desksReleased()).as("today's holding stays").isZero();
	}

	@Test
	void ticketsOfTodayStayInTheQueue() {
		clock.setTo(TUESDAY_EVENING);
		long id = checkIn("LAVORO").id();

		assertThat(endOfDay.closePastDays().closed()).isZero();
		assertThat(visit(id).text("$.status")).isEqualTo("WAITING");
	}

	@Test
	void theDayIsTheCentresDayNotTheServersUtcDay() {
		clock.setTo(LocalDateTime.of(2026, 3, 10, 23, 30)); // 22:30 UTC
		long lateTuesday = checkIn("LAVORO").id();
		clock.setTo(LocalDateTime.of(2026, 3, 11, 0, 30)); // still Tuesday in UTC

		assertThat(endOfDay.closePastDays().closed()).isEqualTo(1);
		assertThat(visit(lateTuesday).text("$.status")).isEqualTo("NOT_SERVED");
		assertThat(checkIn("LAVORO").text("$.ticket")).isEqualTo("L-001");
	}

}
