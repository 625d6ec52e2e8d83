package it.mestieri.calendar;

import java.time.ZonedDateTime;
import java.util.Locale;

/**
 * An event as other modules show it: when (in the centre's time zone), where, and the
 * address of its public page.
 */
public record EventSummary(EventId id, EventKind kind, String title, ZonedDateTime startsAt, ZonedDateTime endsAt,
		String place, String page) {

	/**
	 * Day and times as the language writes them: "martedì 10 marzo 2026, 10:00–12:30".
	 */
	public String when(Locale locale) {
		return EventTimes.span(startsAt, endsAt, locale);
	}
}
