package it.mestieri.rota;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import it.mestieri.centre.DeskId;
import it.mestieri.identity.StaffId;

/**
 * A shift as the coordinator asks for it, parsed but not yet checked. {@code area} (a
 * code) may be null: the desk's area is meant; when given it must be the desk's.
 */
record ShiftDraft(DeskId desk, String area, DayOfWeek weekday, LocalTime start, LocalTime end, LocalDate validFrom,
		LocalDate validTo, List<StaffId> counsellors) {
}
