package it.mestieri.delivery;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.List;

import it.mestieri.shared.DomainException;

/**
 * The days a report covers, from the request or, by default, the current quarter; and the
 * usual choices.
 */
record ReportPeriod(LocalDate from, LocalDate to) {

	static ReportPeriod of(String from, String to, LocalDate today) {
		if (isBlank(from) && isBlank(to)) {
			return quarterOf(today);
		}
		return new ReportPeriod(date(from, "from"), date(to, "to"));
	}

	/**
	 * The periods a coordinator picks most: this and last month, this and last quarter,
	 * this year.
	 */
	static List<Named> choices(LocalDate today) {
		LocalDate month = today.withDayOfMonth(1);
		ReportPeriod quarter = quarterOf(today);
		ReportPeriod lastQuarter = quarterOf(quarter.from().minusDays(1));
		return List.of(
				new Named("delivery.period.thisMonth", new ReportPeriod(month, month.plusMonths(1).minusDays(1))),
				new Named("delivery.period.lastMonth", new ReportPeriod(month.minusMonths(1), month.minusDays(1))),
				new Named("delivery.period.thisQuarter", quarter),
				new Named("delivery.period.lastQuarter", lastQuarter), new Named("delivery.period.thisYear",
						new ReportPeriod(today.withDayOfYear(1), today.withDayOfYear(1).plusYears(1).minusDays(1))));
	}

	record Named(String messageKey, ReportPeriod period) {
	}

	private static ReportPeriod quarterOf(LocalDate day) {
		LocalDate start = day.with(IsoFields.DAY_OF_QUARTER, 1);
		return new ReportPeriod(start, start.plusMonths(3).minusDays(1));
	}

	private static LocalDate date(String text, String field) {
		if (isBlank(text)) {
			throw DomainException.invalid("delivery.period.missing");
		}
		try {
			return LocalDate.parse(text.trim());
		}
		catch (DateTimeParseException ex) {
			throw DomainException.invalid("delivery.period.badDate", field,
					text.length() > 40 ? text.substring(0, 40) : text);
		}
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}
}
