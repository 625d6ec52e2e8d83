package it.mestieri.calendar;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** When an event takes place, written as the user's language writes dates and times. */
final class EventTimes {

	private EventTimes() {
	}

	static String day(ZonedDateTime moment, Locale locale) {
		return moment.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale));
	}

	static String time(ZonedDateTime moment, Locale locale) {
		return moment.format(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale));
	}

	/** "martedì 10 marzo 2026, 10:00–12:30"; across days, both days with their times. */
	static String span(ZonedDateTime start, ZonedDateTime end, Locale locale) {
		if (start.toLocalDate().equals(end.toLocalDate())) {
			return day(start, locale) + ", " + time(start, locale) + "–" + time(end, locale);
		}
		return day(start, locale) + ", " + time(start, locale) + " – " + day(end, locale) + ", " + time(end, locale);
	}

}
