package it.mestieri.rota;

import java.time.Instant;
import java.time.LocalDate;

import it.mestieri.identity.StaffId;

/**
 * One date of a shift that differs; {@code counsellor} for ABSENT and SWAP,
 * {@code replacement} for SWAP. A removed exception keeps its row with {@code removedAt},
 * so calendar feeds can tell that the date changed again.
 */
record ShiftException(long id, ShiftId shift, LocalDate date, ExceptionKind kind, StaffId counsellor,
		StaffId replacement, Instant createdAt, Instant removedAt) {

	boolean active() {
		return removedAt == null;
	}
}
