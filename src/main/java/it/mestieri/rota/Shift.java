package it.mestieri.rota;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import it.mestieri.centre.AreaId;
import it.mestieri.centre.DeskId;
import it.mestieri.centre.SiteId;
import it.mestieri.identity.StaffId;

/**
 * A weekly recurring shift: every {@code weekday} from {@code start} to {@code end} (the
 * centre's local time) at one desk, from {@code validFrom} to {@code validTo} (open-ended
 * when null), for one or two counsellors. {@code version} grows with every change.
 */
public record Shift(ShiftId id, SiteId site, AreaId area, DeskId desk, DayOfWeek weekday, LocalTime start,
		LocalTime end, LocalDate validFrom, LocalDate validTo, List<StaffId> counsellors, long version,
		Instant changedAt) {

	public Shift {
		counsellors = List.copyOf(counsellors);
	}

	/** Whether the shift falls on that date, exceptions and closing days aside. */
	public boolean occursOn(LocalDate date) {
		return date.getDayOfWeek() == weekday && !date.isBefore(validFrom)
				&& (validTo == null || !date.isAfter(validTo));
	}

	/** Whether the two shifts can fall on a same date at overlapping times. */
	boolean overlaps(Shift other) {
		return weekday == other.weekday && start.isBefore(other.end) && other.start.isBefore(end)
				&& (validTo == null || !validTo.isBefore(other.validFrom))
				&& (other.validTo == null || !other.validTo.isBefore(validFrom));
	}
}
