package it.mestieri.counselling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import it.mestieri.centre.AreaId;
import it.mestieri.centre.DeskId;
import it.mestieri.centre.SiteId;
import it.mestieri.identity.StaffId;
import it.mestieri.reception.Outcome;
import it.mestieri.reception.VisitId;
import it.mestieri.shared.CentreClock;
import it.mestieri.shared.DomainException;
import it.mestieri.testing.MutableClock;

/**
 * The author may correct a record for 24 hours after recording it, and nobody else ever.
 */
class CorrectionWindowTest {

	static final StaffId AUTHOR = new StaffId(7);
	static final StaffId SOMEONE_ELSE = new StaffId(8);

	final MutableClock time = new MutableClock();

	final CentreClock clock = new CentreClock(time, MutableClock.ROME);

	final Interview recordedNow = recordedAt(clock.now());

	@Test
	void justBefore24HoursTheAuthorMayStillCorrect() {
		time.advance(Duration.ofHours(24).minusSeconds(1));

		assertThat(recordedNow.correctableBy(AUTHOR, clock.now())).isTrue();
		recordedNow.requireCorrectableBy(AUTHOR, clock.now(), clock.zone());
	}

	@Test
	void at24HoursAndAfterTheRecordIsLocked() {
		time.advance(Duration.ofHours(24));
		assertThat(recordedNow.lockedAt(clock.now())).isTrue();

		time.advance(Duration.ofSeconds(1));

		assertThat(recordedNow.correctableBy(AUTHOR, clock.now())).isFalse();
		assertThatThrownBy(() -> recordedNow.requireCorrectableBy(AUTHOR, clock.now(), clock.zone()))
			.isInstanceOfSatisfying(DomainException.class, refused -> {
				assertThat(refused.status()).isEqualTo(HttpStatus.CONFLICT);
				assertThat(refused.messageKey()).isEqualTo("counselling.interview.locked");
				assertThat(refused.arguments()).contains("11/03/2026 10:30");
			});
	}

	@Test
	void someoneElseMayNeverCorrectIt() {
		assertThat(recordedNow.correctableBy(SOMEONE_ELSE, clock.now())).isFalse();
		assertThatThrownBy(() -> recordedNow.requireCorrectableBy(SOMEONE_ELSE, clock.now(), clock.zone()))
			.isInstanceOfSatisfying(DomainException.class,
					refused -> assertThat(refused.status()).isEqualTo(HttpStatus.FORBIDDEN));
	}

	@Test
	void theDurationIsRoundedToTheNearestMinute() {
		Instant start = clock.now();

		assertThat(Interview.minutesBetween(start, start.plusSeconds(12 * 60 + 29))).isEqualTo(12);
		assertThat(Interview.minutesBetween(start, start.plusSeconds(12 * 60 + 30))).isEqualTo(13);
		assertThat(Interview.minutesBetween(start, start)).isZero();
	}

	private static Interview recordedAt(Instant at) {
		return new Interview(new InterviewId(1), new VisitId(1), AUTHOR, null, new SiteId(1), new AreaId(1),
				new DeskId(1), LocalDate.of(2026, 3, 10), at.minus(Duration.ofMinutes(15)), at, 15, Outcome.INFORMED,
				List.of(), List.of(), null, null, false, at, 0);
	}

}
