package it.mestieri.calendar;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import it.mestieri.shared.DomainException;
import it.mestieri.shared.FieldChecks;

/**
 * The checks of what coordinators type or send about an event, each refusal naming the
 * field.
 */
final class EventChecks {

	/** The checks this module shares with the others, in its own messages. */
	static final FieldChecks FIELDS = new FieldChecks("events");
	static final int MAX_CAPACITY = 100_000;

	/**
	 * The longest event: a job fair over a few days; a longer one is a typing mistake.
	 */
	static final Duration LONGEST = Duration.ofDays(31);

	private EventChecks() {
	}

	/** The start comes before the end, and the event lasts at most {@link #LONGEST}. */
	static void order(Instant startsAt, Instant endsAt) {
		if (!endsAt.isAfter(startsAt)) {
			throw DomainException.invalid("events.period.invalid");
		}
		if (Duration.between(startsAt, endsAt).compareTo(LONGEST) > 0) {
			throw DomainException.invalid("events.period.tooLong", LONGEST.toDays());
		}
	}

	static Integer capacity(Integer capacity) {
		if (capacity != null && (capacity < 1 || capacity > MAX_CAPACITY)) {
			throw DomainException.invalid("events.capacity.invalid", MAX_CAPACITY);
		}
		return capacity;
	}

	/**
	 * A moment as typed or sent: with an offset ({@code 2026-03-20T10:00:00+01:00}) as it
	 * is, without one ({@code 2026-03-20T10:00}, as a form's date and time field sends
	 * it) in the centre's time zone. Blank gives null.
	 */
	static Instant dateTime(String value, ZoneId zone, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip();
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException withoutOffset) {
			try {
				return LocalDateTime.parse(text).atZone(zone).toInstant();
			}
			catch (DateTimeException ex) {
				throw DomainException.invalid("events.dateTime.invalid", FIELDS.field(field));
			}
		}
	}

	/** A whole number typed in a form; blank gives null. */
	static Long number(String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			throw DomainException.invalid("events.number.invalid", FIELDS.field(field));
		}
	}

	static Integer capacityTyped(String value) {
		Long number = number(value, "capacity");
		if (number == null) {
			return null;
		}
		if (number < 1 || number > MAX_CAPACITY) {
			throw DomainException.invalid("events.capacity.invalid", MAX_CAPACITY);
		}
		return number.intValue();
	}

}
