package it.mestieri.reception;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.test.util.ReflectionTestUtils;

import it.mestieri.shared.AgeBand;
import it.mestieri.shared.CitizenshipGroup;
import it.mestieri.shared.EducationLevel;
import it.mestieri.shared.Gender;
import it.mestieri.shared.OccupationalStatus;
import it.mestieri.shared.Residence;

/** Visits in any state, for the rules of {@link Visit}: {@code aVisit().called()}. */
final class VisitBuilder {

	static final Instant CHECKED_IN = Instant.parse("2026-03-10T09:30:00Z");
	static final long LAVORO = 1;
	static final long IMPRESA = 2;
	static final long DESK = 7;
	static final long COUNSELLOR = 3;

	private long area = LAVORO;

	private Instant checkedInAt = CHECKED_IN;

	private boolean priority;

	private String ticket = "L-001";

	static VisitBuilder aVisit() {
		return new VisitBuilder();
	}

	VisitBuilder inArea(long area) {
		this.area = area;
		return this;
	}

	VisitBuilder checkedInAt(Instant at) {
		this.checkedInAt = at;
		return this;
	}

	VisitBuilder ticket(String ticket) {
		this.ticket = ticket;
		return this;
	}

	VisitBuilder priority() {
		this.priority = true;
		return this;
	}

	Visit waiting() {
		Visit visit = new Visit(1, area, LocalDate.of(2026, 3, 10), Integer.parseInt(ticket.substring(2)), ticket,
				Channel.RECEPTION, priority, checkedInAt, checkedInAt,
				new Visit.Profile(null, null, null, Gender.NOT_STATED, AgeBand.NOT_STATED,
						OccupationalStatus.NOT_STATED, EducationLevel.NOT_STATED, CitizenshipGroup.NOT_STATED,
						Residence.NOT_STATED, null));
		ReflectionTestUtils.setField(visit, "id", 42L);
		return visit;
	}

	/** Called to {@link #DESK} ten minutes after check-in. */
	Visit called() {
		Visit visit = waiting();
		visit.call(DESK, COUNSELLOR, checkedInAt.plus(Duration.ofMinutes(10)));
		return visit;
	}

	/** Started twelve minutes after check-in. */
	Visit inProgress() {
		Visit visit = called();
		visit.start(checkedInAt.plus(Duration.ofMinutes(12)));
		return visit;
	}

	Visit finished() {
		Visit visit = inProgress();
		visit.finish(Outcome.INFORMED, null, checkedInAt.plus(Duration.ofMinutes(30)));
		return visit;
	}

	Visit left() {
		Visit visit = waiting();
		visit.leave(checkedInAt.plus(Duration.ofMinutes(5)));
		return visit;
	}

	Visit notServed() {
		Visit visit = waiting();
		visit.closeAtEndOfDay(checkedInAt.plus(Duration.ofHours(15)));
		return visit;
	}

}
