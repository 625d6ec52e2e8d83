package it.mestieri.centre;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** One opening interval of a weekday; a day may have several (morning and afternoon). */
public record OpeningHours(DayOfWeek day, LocalTime opens, LocalTime closes) {

	public boolean contains(DayOfWeek onDay, LocalTime time) {
		return day == onDay && !time.isBefore(opens) && time.isBefore(closes);
	}
}
