package it.mestieri.rota;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import it.mestieri.centre.DeskId;
import it.mestieri.centre.SiteId;
import it.mestieri.identity.StaffId;
import it.mestieri.shared.Bands;
import it.mestieri.shared.DomainException;

/**
 * Reading the rota's values sent as text by forms and the API, with a clear message when
 * wrong.
 */
final class RotaInput {

	private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.](\\d{2})");

	private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{1,2})");

	private RotaInput() {
	}

	static LocalTime time(String value, String field) {
		if (value == null || value.isBlank()) {
			throw DomainException.invalid("rota.time.required");
		}
		Matcher matcher = TIME.matcher(value.trim());
		if (!matcher.matches()) {
			throw DomainException.invalid("rota.time.invalid", field, shorten(value));
		}
		int hour = Integer.parseInt(matcher.group(1));
		int minute = Integer.parseInt(matcher.group(2));
		if (hour > 23 || minute > 59) {
			throw DomainException.invalid("rota.time.invalid", field, shorten(value));
		}
		return LocalTime.of(hour, minute);
	}

	/** A date as yyyy-MM-dd; null when blank. */
	static LocalDate date(String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.trim());
		}
		catch (DateTimeParseException ex) {
			throw DomainException.invalid("rota.date.invalid", field, shorten(value));
		}
	}

	static DayOfWeek weekday(String value) {
		return Bands.parse(DayOfWeek.class, value, "weekday");
	}

	static ExceptionKind kind(String value) {
		return Bands.parse(ExceptionKind.class, value, "kind");
	}

	/** The Monday of an ISO week such as 2026-W49. */
	static LocalDate week(String value) {
		Matcher matcher = WEEK.matcher(value == null ? "" : value.trim());
		if (!matcher.matches()) {
			throw DomainException.invalid("rota.week.invalid", shorten(String.valueOf(value)));
		}
		int year = Integer.parseInt(matcher.group(1));
		int week = Integer.parseInt(matcher.group(2));
		LocalDate someDay = LocalDate.of(year, 6, 1);
		if (week < 1 || week > someDay.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
			throw DomainException.invalid("rota.week.invalid", shorten(value));
		}
		return someDay.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
	}

	static String weekOf(LocalDate date) {
		return "%d-W%02d".formatted(date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
	}

	static List<StaffId> staff(List<Long> ids) {
		return ids == null ? List.of() : ids.stream().filter(Objects::nonNull).map(StaffId::new).toList();
	}

	static DeskId desk(Long id) {
		return id == null ? null : new DeskId(id);
	}

	static SiteId site(Long id) {
		return id == null ? null : new SiteId(id);
	}

	static StaffId staff(Long id) {
		return id == null ? null : new StaffId(id);
	}

	private static String shorten(String value) {
		return value.length() > 40 ? value.substring(0, 40) + "…" : value;
	}

}
