package it.mestieri.reception;

import java.time.Instant;

import it.mestieri.centre.DeskId;
import it.mestieri.identity.StaffId;

/**
 * A stretch of time a counsellor held a desk; {@code releasedAt} is null while the desk
 * is still held.
 */
public record DeskSession(DeskId desk, StaffId counsellor, Instant takenAt, Instant releasedAt) {
}
