package it.mestieri.rota;

import java.time.Instant;
import java.time.LocalDate;

import it.mestieri.centre.SiteId;

/**
 * A day without shifts (a public holiday, say), for the whole centre when {@code site} is
 * null or for one site. A removed closing day keeps its row with {@code removedAt}, so
 * calendar feeds can tell that the day changed again.
 */
public record ClosingDay(long id, SiteId site, LocalDate date, String reason, Instant createdAt, Instant removedAt) {

	public boolean active() {
		return removedAt == null;
	}

	/** Whether it closes that site (a centre-wide day closes every site). */
	public boolean closes(SiteId other) {
		return site == null || site.equals(other);
	}
}
