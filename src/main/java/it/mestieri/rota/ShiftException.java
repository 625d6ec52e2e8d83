package it.mestieri.rota;

import java.time.Instant;
import java.time.LocalDate;

import it.mestieri.identity.StaffId;

/** One date of a shift that differs; {@code counsellor} for ABSENT and SWAP, {@code replacement} for SWAP. */
record ShiftException(long id, ShiftId shift, LocalDate date, ExceptionKind kind, StaffId counsellor,
		StaffId replacement, Instant createdAt) {
}
