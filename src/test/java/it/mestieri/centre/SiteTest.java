package it.mestieri.centre;

import static it.mestieri.centre.SiteBuilder.aSite;
import static it.mestieri.centre.SiteBuilder.likeRome;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.LocalTime;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A site's opening hours: when it is open, when it closes, when it opens next. */
class SiteTest {

	/** 2026-03-10 is a Tuesday. */
	static LocalDateTime tuesday(String time) {
		return LocalDateTime.of(2026, 3, 10, 0, 0).with(LocalTime.parse(time));
	}

	@Nested
	class IsOpenAt {

		@ParameterizedTest(name = "{0} is open: {1}")
		@CsvSource({ "2026-03-10T10:00, true", // Tuesday at opening time
				"2026-03-10T12:59, true", "2026-03-10T13:00, false", // the closing time
																		// is not open any
																		// more
				"2026-03-10T14:30, false", // lunch break
				"2026-03-10T16:00, true", "2026-03-10T18:59, true", "2026-03-10T19:00, false",
				"2026-03-10T09:59, false", "2026-03-14T11:00, true", // Saturday
				"2026-03-15T11:00, false", // Sunday
				"2026-03-16T11:00, false" // Monday
		})
		void followsTheWeeklyHours(LocalDateTime when, boolean open) {
			assertThat(likeRome().isOpenAt(when)).isEqualTo(open);
		}

		@Test
		void aSiteWithoutHoursIsNeverOpen() {
			assertThat(aSite().build().isOpenAt(tuesday("11:00"))).isFalse();
		}

	}

	@Nested
	class ClosesAt {

		@Test
		void whileOpenItIsTheEndOfTheCurrentInterval() {
			assertThat(likeRome().closesAt(tuesday("11:00"))).contains(LocalTime.of(13, 0));
			assertThat(likeRome().closesAt(tuesday("17:00"))).contains(LocalTime.of(19, 0));
		}

		@Test
		void whileClosedThereIsNone() {
			assertThat(likeRome().closesAt(tuesday("14:00"))).isEmpty();
		}

	}

	@Nested
	class NextOpening {

		@ParameterizedTest(name = "after {0} the site opens at {1}")
		@CsvSource({ "2026-03-10T09:00, 2026-03-10T10:00", // before opening
				"2026-03-10T10:00, 2026-03-10T16:00", // at opening time: the next one is
														// later
				"2026-03-10T11:00, 2026-03-10T16:00", // while open: the afternoon
				"2026-03-10T13:30, 2026-03-10T16:00", // lunch break
				"2026-03-10T19:30, 2026-03-11T10:00", // evening: next morning
				"2026-03-14T19:30, 2026-03-17T10:00", // Saturday evening: Tuesday,
														// skipping Sunday and Monday
				"2026-03-16T09:00, 2026-03-17T10:00" // Monday
		})
		void isTheNextOpeningTimeStrictlyAfter(LocalDateTime when, LocalDateTime expected) {
			assertThat(likeRome().nextOpening(when)).contains(expected);
		}

		@Test
		void aSiteOpenOneMorningAWeekOpensAgainAWeekLater() {
			Site site = aSite().open(TUESDAY, "10:00-13:00").build();

			assertThat(site.nextOpening(tuesday("11:00"))).contains(tuesday("10:00").plusWeeks(1));
		}

		@Test
		void aSiteWithoutHoursNeverOpens() {
			assertThat(aSite().build().nextOpening(tuesday("11:00"))).isEmpty();
		}

	}

	@Test
	void theHoursOfADayAreInOrderWhateverOrderTheyWereGivenIn() {
		Site site = aSite().open(TUESDAY, "16:00-19:00", "10:00-13:00").build();

		assertThat(site.hoursOn(TUESDAY)).extracting(OpeningHours::opens)
			.containsExactly(LocalTime.of(10, 0), LocalTime.of(16, 0));
		assertThat(site.nextOpening(tuesday("09:00"))).contains(tuesday("10:00"));
	}

}
