package it.mestieri.rota;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import it.mestieri.centre.Area;
import it.mestieri.centre.OpeningHours;
import it.mestieri.centre.Site;
import it.mestieri.identity.StaffId;

/**
 * The rota's arithmetic, without a database: occurrences of shifts, and the gaps between
 * them.
 */
final class RotaCalculation {

	private RotaCalculation() {
	}

	/**
	 * Every occurrence of the shifts between the two dates (inclusive), in order of
	 * start: the exceptions in force applied, the closing days in force cancelling, start
	 * and end as instants of that date in {@code zone} (so a shift keeps its local hours
	 * across a change of summer time).
	 */
	static List<ShiftOccurrence> occurrences(List<Shift> shifts, List<ShiftException> exceptions,
			List<ClosingDay> closingDays, ZoneId zone, LocalDate from, LocalDate to, Function<StaffId, OnDuty> who) {
		List<ShiftOccurrence> found = new ArrayList<>();
		for (Shift shift : shifts) {
			for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
				if (shift.occursOn(date)) {
					found.add(occurrence(shift, date, exceptions, closingDays, zone, who));
				}
			}
		}
		found.sort(Comparator.comparing(ShiftOccurrence::start).thenComparing(o -> o.shiftId().value()));
		return found;
	}

	private static ShiftOccurrence occurrence(Shift shift, LocalDate date, List<ShiftException> exceptions,
			List<ClosingDay> closingDays, ZoneId zone, Function<StaffId, OnDuty> who) {
		long sequence = shift.version();
		Instant lastModified = shift.changedAt();
		boolean cancelled = false;
		String closedFor = null;
		for (ClosingDay day : closingDays) {
			if (!day.date().equals(date) || !day.closes(shift.site())) {
				continue;
			}
			sequence += day.active() ? 1 : 2;
			lastModified = latest(lastModified, day.active() ? day.createdAt() : day.removedAt());
			if (day.active()) {
				cancelled = true;
				closedFor = day.reason();
			}
		}
		List<StaffId> present = new ArrayList<>(shift.counsellors());
		List<StaffId> away = new ArrayList<>();
		for (ShiftException exception : exceptions.stream()
			.filter(e -> e.shift().equals(shift.id()) && e.date().equals(date))
			.sorted(Comparator.comparing(ShiftException::createdAt).thenComparing(ShiftException::id))
			.toList()) {
			sequence += exception.active() ? 1 : 2;
			lastModified = latest(lastModified, exception.active() ? exception.createdAt() : exception.removedAt());
			if (!exception.active()) {
				continue;
			}
			switch (exception.kind()) {
				case CANCELLED -> cancelled = true;
				case ABSENT -> {
					if (present.remove(exception.counsellor())) {
						away.add(exception.counsellor());
					}
				}
				case SWAP -> {
					int index = present.indexOf(exception.counsellor());
					if (index >= 0 && !present.contains(exception.replacement())) {
						present.set(index, exception.replacement());
						away.add(exception.counsellor());
					}
				}
			}
		}
		Instant start = date.atTime(shift.start()).atZone(zone).toInstant();
		Instant end = date.atTime(shift.end()).atZone(zone).toInstant();
		return new ShiftOccurrence(shift, date, start, end, present.stream().map(who).toList(), away, cancelled,
				closedFor, sequence, lastModified);
	}

	private static Instant latest(Instant a, Instant b) {
		return b != null && b.isAfter(a) ? b : a;
	}

	/**
	 * For each date, site and walk-in area: the opening hours when no staffed occurrence
	 * of that site and area is under way. A site closed that day (a closing day) has no
	 * gaps.
	 */
	static List<RotaGap> gaps(List<Site> sites, List<Area> areas, List<ShiftOccurrence> occurrences,
			List<ClosingDay> closingDays, ZoneId zone, LocalDate from, LocalDate to) {
		List<RotaGap> gaps = new ArrayList<>();
		for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
			LocalDate day = date;
			for (Site site : sites) {
				if (closingDays.stream().anyMatch(c -> c.active() && c.date().equals(day) && c.closes(site.id()))) {
					continue;
				}
				for (Area area : areas.stream().filter(Area::walkIn).toList()) {
					List<LocalTime[]> covered = occurrences.stream()
						.filter(o -> o.staffed() && o.date().equals(day) && o.site().equals(site.id())
								&& o.area().equals(area.id()))
						.map(o -> new LocalTime[] { o.shift().start(), o.shift().end() })
						.sorted(Comparator.comparing(interval -> interval[0]))
						.toList();
					for (OpeningHours open : site.hoursOn(day.getDayOfWeek())) {
						LocalTime cursor = open.opens();
						for (LocalTime[] interval : covered) {
							if (!interval[1].isAfter(cursor) || !interval[0].isBefore(open.closes())) {
								continue;
							}
							if (interval[0].isAfter(cursor)) {
								gaps.add(new RotaGap(day, site.id(), area.id(), cursor, interval[0]));
							}
							cursor = interval[1].isAfter(cursor) ? interval[1] : cursor;
						}
						if (cursor.isBefore(open.closes())) {
							gaps.add(new RotaGap(day, site.id(), area.id(), cursor, open.closes()));
						}
					}
				}
			}
		}
		return gaps;
	}

}
