package it.mestieri.rota;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import it.mestieri.centre.Area;
import it.mestieri.centre.AreaId;
import it.mestieri.centre.DeskId;
import it.mestieri.centre.OpeningHours;
import it.mestieri.centre.Site;
import it.mestieri.centre.SiteId;
import it.mestieri.identity.StaffId;

/**
 * Occurrences of weekly shifts after exceptions and closing days, and the gaps between
 * them.
 */
class RotaCalculationTest {

	static final ZoneId ROME = ZoneId.of("Europe/Rome");
	static final SiteId SITE = new SiteId(1);
	static final AreaId WORK = new AreaId(1);
	static final AreaId GUIDANCE = new AreaId(2);
	static final StaffId MARCO = new StaffId(10);
	static final StaffId SARA = new StaffId(11);
	static final StaffId LUCA = new StaffId(12);
	static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");

	/** Tuesday 10 March 2026. */
	static final LocalDate TUESDAY = LocalDate.of(2026, 3, 10);

	static Shift shift(long id, DayOfWeek day, int from, int to, StaffId... counsellors) {
		return new Shift(new ShiftId(id), SITE, WORK, new DeskId(1), day, LocalTime.of(from, 0), LocalTime.of(to, 0),
				LocalDate.of(2026, 1, 1), null, List.of(counsellors), 0, CREATED);
	}

	static List<ShiftOccurrence> occurrences(List<Shift> shifts, List<ShiftException> exceptions,
			List<ClosingDay> closing, LocalDate from, LocalDate to) {
		return RotaCalculation.occurrences(shifts, exceptions, closing, ROME, from, to,
				id -> new OnDuty(id, "#" + id.value(), null, null, false));
	}

	static List<StaffId> onDuty(ShiftOccurrence occurrence) {
		return occurrence.counsellors().stream().map(OnDuty::counsellor).toList();
	}

	@Test
	void aWeeklyShiftOccursOnItsWeekdayWithinItsValidity() {
		Shift shift = new Shift(new ShiftId(1), SITE, WORK, new DeskId(1), DayOfWeek.TUESDAY, LocalTime.of(10, 0),
				LocalTime.of(13, 0), TUESDAY.plusWeeks(1), TUESDAY.plusWeeks(2), List.of(MARCO), 0, CREATED);

		List<ShiftOccurrence> found = occurrences(List.of(shift), List.of(), List.of(), TUESDAY, TUESDAY.plusWeeks(4));

		assertThat(found).extracting(ShiftOccurrence::date).containsExactly(TUESDAY.plusWeeks(1), TUESDAY.plusWeeks(2));
		assertThat(found.get(0).start()).isEqualTo(Instant.parse("2026-03-17T09:00:00Z"));
		assertThat(found.get(0).staffed()).isTrue();
	}

	@Test
	void aCancellationAnAbsenceAndASwapChangeOnlyTheirDate() {
		Shift shift = shift(1, DayOfWeek.TUESDAY, 10, 13, MARCO, SARA);
		List<ShiftException> exceptions = List.of(
				new ShiftException(1, shift.id(), TUESDAY, ExceptionKind.CANCELLED, null, null, CREATED.plusSeconds(1),
						null),
				new ShiftException(2, shift.id(), TUESDAY.plusWeeks(1), ExceptionKind.ABSENT, MARCO, null,
						CREATED.plusSeconds(2), null),
				new ShiftException(3, shift.id(), TUESDAY.plusWeeks(2), ExceptionKind.SWAP, SARA, LUCA,
						CREATED.plusSeconds(3), null));

		List<ShiftOccurrence> found = occurrences(List.of(shift), exceptions, List.of(), TUESDAY, TUESDAY.plusWeeks(3));

		assertThat(found).hasSize(4);
		assertThat(found.get(0).cancelled()).isTrue();
		assertThat(found.get(0).staffed()).isFalse();
		assertThat(onDuty(found.get(1))).containsExactly(SARA);
		assertThat(found.get(1).away()).containsExactly(MARCO);
		assertThat(onDuty(found.get(2))).containsExactly(MARCO, LUCA);
		assertThat(found.get(2).away()).containsExactly(SARA);
		assertThat(onDuty(found.get(3))).containsExactly(MARCO, SARA);
		assertThat(found.get(3).sequence()).isZero();
		assertThat(found.get(2).sequence()).isEqualTo(1);
		assertThat(found.get(2).lastModified()).isEqualTo(CREATED.plusSeconds(3));
	}

	@Test
	void aRemovedExceptionNoLongerAppliesAndItsDateChangesAgain() {
		Shift shift = shift(1, DayOfWeek.TUESDAY, 10, 13, MARCO);
		ShiftException cancelled = new ShiftException(1, shift.id(), TUESDAY, ExceptionKind.CANCELLED, null, null,
				CREATED.plusSeconds(1), null);
		ShiftException removed = new ShiftException(1, shift.id(), TUESDAY, ExceptionKind.CANCELLED, null, null,
				CREATED.plusSeconds(1), CREATED.plusSeconds(5));

		ShiftOccurrence before = occurrences(List.of(shift), List.of(cancelled), List.of(), TUESDAY, TUESDAY).get(0);
		ShiftOccurrence after = occurrences(List.of(shift), List.of(removed), List.of(), TUESDAY, TUESDAY).get(0);
		ShiftOccurrence addedAgain = occurrences(List.of(shift), List.of(removed, new ShiftException(2, shift.id(),
				TUESDAY, ExceptionKind.CANCELLED, null, null, CREATED.plusSeconds(9), null)), List.of(), TUESDAY,
				TUESDAY)
			.get(0);

		assertThat(before.cancelled()).isTrue();
		assertThat(after.cancelled()).isFalse();
		assertThat(onDuty(after)).containsExactly(MARCO);
		assertThat(after.sequence()).isGreaterThan(before.sequence());
		assertThat(after.lastModified()).isEqualTo(CREATED.plusSeconds(5));
		assertThat(addedAgain.cancelled()).isTrue();
		assertThat(addedAgain.sequence()).isGreaterThan(after.sequence());
	}

	@Test
	void everyoneAbsentLeavesTheShiftUnstaffed() {
		Shift shift = shift(1, DayOfWeek.TUESDAY, 10, 13, MARCO);
		List<ShiftOccurrence> found = occurrences(List.of(shift),
				List.of(new ShiftException(1, shift.id(), TUESDAY, ExceptionKind.ABSENT, MARCO, null, CREATED, null)),
				List.of(), TUESDAY, TUESDAY);

		assertThat(found.get(0).cancelled()).isFalse();
		assertThat(found.get(0).staffed()).isFalse();
	}

	@Test
	void aClosingDayOfTheCentreOrOfTheSiteCancelsAndARemovedOneNoLongerDoesButRaisesTheSequence() {
		Shift shift = shift(1, DayOfWeek.TUESDAY, 10, 13, MARCO);
		List<ClosingDay> closing = List.of(new ClosingDay(1, null, TUESDAY, "Festa", CREATED.plusSeconds(5), null),
				new ClosingDay(2, SITE, TUESDAY.plusWeeks(1), "Lavori", CREATED.plusSeconds(6), null),
				new ClosingDay(3, new SiteId(2), TUESDAY.plusWeeks(2), "Altra sede", CREATED, null),
				new ClosingDay(4, null, TUESDAY.plusWeeks(3), "Tolta", CREATED.plusSeconds(7), CREATED.plusSeconds(8)));

		List<ShiftOccurrence> found = occurrences(List.of(shift), List.of(), closing, TUESDAY, TUESDAY.plusWeeks(3));

		assertThat(found).extracting(ShiftOccurrence::cancelled).containsExactly(true, true, false, false);
		assertThat(found.get(0).closedFor()).isEqualTo("Festa");
		assertThat(found.get(3).sequence()).isEqualTo(2);
		assertThat(found.get(3).lastModified()).isEqualTo(CREATED.plusSeconds(8));
	}

	@Test
	void shiftsKeepTheirLocalHoursAcrossTheChangeToSummerTime() {
		// Summer time starts in Rome on Sunday 29 March 2026 at 02:00.
		Shift saturday = shift(1, DayOfWeek.SATURDAY, 10, 13, MARCO);
		Shift sunday = new Shift(new ShiftId(2), SITE, WORK, new DeskId(1), DayOfWeek.SUNDAY, LocalTime.of(1, 0),
				LocalTime.of(4, 0), LocalDate.of(2026, 1, 1), null, List.of(SARA), 0, CREATED);
		Shift tuesday = shift(3, DayOfWeek.TUESDAY, 10, 13, MARCO);

		List<ShiftOccurrence> found = occurrences(List.of(saturday, sunday, tuesday), List.of(), List.of(),
				LocalDate.of(2026, 3, 28), LocalDate.of(2026, 3, 31));

		assertThat(found).hasSize(3);
		assertThat(found.get(0).start()).isEqualTo(Instant.parse("2026-03-28T09:00:00Z"));
		assertThat(found.get(0).duration()).isEqualTo(Duration.ofHours(3));
		assertThat(found.get(1).start()).isEqualTo(Instant.parse("2026-03-29T00:00:00Z"));
		assertThat(found.get(1).duration()).as("the night the clocks go forward is an hour shorter")
			.isEqualTo(Duration.ofHours(2));
		assertThat(found.get(2).start()).isEqualTo(Instant.parse("2026-03-31T08:00:00Z"));
		assertThat(found.get(2).duration()).isEqualTo(Duration.ofHours(3));
	}

	@Test
	void gapsAreTheOpeningHoursOfEachWalkInAreaWithNobodyOnDuty() {
		Site site = new Site(SITE, "ROMA", "Roma", "via",
				List.of(new OpeningHours(DayOfWeek.TUESDAY, LocalTime.of(10, 0), LocalTime.of(13, 0)),
						new OpeningHours(DayOfWeek.TUESDAY, LocalTime.of(16, 0), LocalTime.of(19, 0))));
		List<Area> areas = List.of(new Area(WORK, "LAVORO", "Lavoro", "Work", "L", "#000000", null, true),
				new Area(GUIDANCE, "ORIENTAMENTO", "Orientamento", "Guidance", "O", "#000000", null, true),
				new Area(new AreaId(3), "INCLUSIONE", "Inclusione", "Inclusion", "A", "#000000", null, false));
		Shift morning = shift(1, DayOfWeek.TUESDAY, 10, 12, MARCO);
		List<ShiftOccurrence> found = occurrences(List.of(morning), List.of(), List.of(), TUESDAY, TUESDAY.plusDays(7));

		List<RotaGap> gaps = RotaCalculation.gaps(List.of(site), areas, found,
				List.of(new ClosingDay(1, null, TUESDAY.plusDays(7), "Festa", CREATED, null)), ROME, TUESDAY,
				TUESDAY.plusDays(7));

		assertThat(gaps).containsExactly(new RotaGap(TUESDAY, SITE, WORK, LocalTime.of(12, 0), LocalTime.of(13, 0)),
				new RotaGap(TUESDAY, SITE, WORK, LocalTime.of(16, 0), LocalTime.of(19, 0)),
				new RotaGap(TUESDAY, SITE, GUIDANCE, LocalTime.of(10, 0), LocalTime.of(13, 0)),
				new RotaGap(TUESDAY, SITE, GUIDANCE, LocalTime.of(16, 0), LocalTime.of(19, 0)));
	}

	@Test
	void calendarTextIsEscapedAndLinesAreFoldedAt75OctetsWithoutSplittingACharacter() {
		assertThat(CalendarFeed.text("a,b;c\\d\ne")).isEqualTo("a\\,b\\;c\\\\d\\ne");
		StringBuilder ics = new StringBuilder();
		CalendarFeed.line(ics, "SUMMARY:" + "è".repeat(60));

		String[] lines = ics.toString().split("\r\n");
		assertThat(ics.toString()).endsWith("\r\n");
		for (String line : lines) {
			assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
		}
		assertThat(lines[1]).startsWith(" ");
		assertThat(String.join("", lines).replace("è ", "è")).isEqualTo("SUMMARY:" + "è".repeat(60));
	}

}
