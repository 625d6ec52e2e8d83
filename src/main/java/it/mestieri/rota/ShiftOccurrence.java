package it.mestieri.rota;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import it.mestieri.centre.AreaId;
import it.mestieri.centre.DeskId;
import it.mestieri.centre.SiteId;
import it.mestieri.identity.StaffId;

/**
 * A shift on one date, after the exceptions and closing days: who is on duty
 * ({@code counsellors}), who was on the shift but is away that day ({@code away}: absent
 * or swapped out), and whether it is cancelled (a cancellation or a closing day, whose
 * reason is {@code closedFor}). {@code sequence} and {@code lastModified} grow whenever
 * the shift, an exception of that date or a closing day of that date changes (the
 * calendar feeds' SEQUENCE and LAST-MODIFIED).
 */
public record ShiftOccurrence(Shift shift, LocalDate date, Instant start, Instant end, List<OnDuty> counsellors,
		List<StaffId> away, boolean cancelled, String closedFor, long sequence, Instant lastModified) {

	public ShiftOccurrence {
		counsellors = List.copyOf(counsellors);
		away = List.copyOf(away);
	}

	public ShiftId shiftId() {
		return shift.id();
	}

	public SiteId site() {
		return shift.site();
	}

	public AreaId area() {
		return shift.area();
	}

	public DeskId desk() {
		return shift.desk();
	}

	/** Not cancelled, and somebody is there. */
	public boolean staffed() {
		return !cancelled && !counsellors.isEmpty();
	}

	public boolean covers(Instant at) {
		return !at.isBefore(start) && at.isBefore(end);
	}

	public boolean hasOnDuty(StaffId staff) {
		return counsellors.stream().anyMatch(each -> each.counsellor().equals(staff));
	}

	public Duration duration() {
		return Duration.between(start, end);
	}
}
