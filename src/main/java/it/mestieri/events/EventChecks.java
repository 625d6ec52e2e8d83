package it.mestieri.events;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.context.MessageSourceResolvable;

import it.mestieri.shared.DomainException;

/** The checks of what coordinators type or send about an event, each refusal naming the field. */
final class EventChecks {

	static final Pattern ESCO_OCCUPATION = Pattern.compile(
			"https?://data\\.europa\\.eu/esco/occupation/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
	static final int MAX_OCCUPATIONS = 50;
	static final int MAX_CAPACITY = 100_000;
	/** The longest event: a job fair over a few days; a longer one is a typing mistake. */
	static final Duration LONGEST = Duration.ofDays(31);

	private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\t\\n\\r]]");

	private EventChecks() {
	}

	static String text(String value, int max, String field) {
		String text = optional(value, max, field);
		if (text == null) {
			throw DomainException.invalid("events.field.required", field(field));
		}
		return text;
	}

	static String optional(String value, int max, String field) {
		if (value == null) {
			return null;
		}
		String text = CONTROL.matcher(value).replaceAll("").strip();
		if (text.isEmpty()) {
			return null;
		}
		if (text.length() > max) {
			throw DomainException.invalid("events.text.tooLong", field(field), max);
		}
		return text;
	}

	static <T> T required(T value, String field) {
		if (value == null) {
			throw DomainException.invalid("events.field.required", field(field));
		}
		return value;
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

	/** An ESCO occupation URI, kept in its canonical http form. */
	static String occupation(String value) {
		String uri = optional(value, 255, "occupations");
		if (uri == null) {
			return null;
		}
		if (!ESCO_OCCUPATION.matcher(uri).matches()) {
			throw DomainException.invalid("events.occupation.invalid", uri.length() > 40 ? uri.substring(0, 40) + "…" : uri);
		}
		return uri.replaceFirst("^https:", "http:");
	}

	static Set<String> occupations(Collection<String> values) {
		Set<String> uris = new LinkedHashSet<>();
		if (values != null) {
			values.stream().map(EventChecks::occupation).filter(uri -> uri != null).forEach(uris::add);
		}
		if (uris.size() > MAX_OCCUPATIONS) {
			throw DomainException.invalid("events.occupations.tooMany", MAX_OCCUPATIONS);
		}
		return uris;
	}

	/**
	 * A moment as typed or sent: with an offset ({@code 2026-03-20T10:00:00+01:00}) as it is, without
	 * one ({@code 2026-03-20T10:00}, as a form's date and time field sends it) in the centre's time
	 * zone. Blank gives null.
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
				throw DomainException.invalid("events.dateTime.invalid", field(field));
			}
		}
	}

	/** A day (yyyy-mm-dd); blank gives null. */
	static LocalDate date(String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw DomainException.invalid("events.date.invalid", field(field));
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
			throw DomainException.invalid("events.number.invalid", field(field));
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

	static MessageSourceResolvable field(String field) {
		return DomainException.term("events.field." + field);
	}
}
