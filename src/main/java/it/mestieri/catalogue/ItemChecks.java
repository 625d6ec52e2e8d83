package it.mestieri.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

import it.mestieri.shared.DomainException;
import it.mestieri.shared.FieldChecks;

/**
 * The checks of what coordinators type or import into the catalogue, each refusal naming
 * the field.
 */
final class ItemChecks {

	/** The checks this module shares with the others, in its own messages. */
	static final FieldChecks FIELDS = new FieldChecks("resources");

	private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"{}|\\\\^`]+", Pattern.CASE_INSENSITIVE);

	private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

	private static final BigDecimal MAX_COST = new BigDecimal("1000000");

	private ItemChecks() {
	}

	/**
	 * A web address: http or https only (no javascript:, data: or file:), at most 1000
	 * characters.
	 */
	static String link(String value, String field) {
		String link = FIELDS.optional(value, 1000, field);
		if (link != null && !LINK.matcher(link).matches()) {
			throw DomainException.invalid("resources.link.invalid", FIELDS.field(field));
		}
		return link;
	}

	/** A language code such as it or en; missing gives Italian. */
	static String language(String value) {
		String language = FIELDS.optional(value, 8, "language");
		if (language == null) {
			return "it";
		}
		language = language.toLowerCase(Locale.ROOT);
		if (!LANGUAGE.matcher(language).matches()) {
			throw DomainException.invalid("resources.language.invalid", FieldChecks.shortened(language));
		}
		return language;
	}

	static boolean looksLikeOccupation(String value) {
		return value != null && FieldChecks.ESCO_OCCUPATION.matcher(value.strip()).matches();
	}

	/** Days in order: {@code to} may not be before {@code from}. */
	static void order(LocalDate from, LocalDate to, String fromField, String toField) {
		if (from != null && to != null && to.isBefore(from)) {
			throw DomainException.invalid("resources.period.invalid", FIELDS.field(toField), FIELDS.field(fromField));
		}
	}

	/**
	 * Euros, zero or more, at most two decimals, as cents; null stays null (not stated).
	 */
	static Long cents(BigDecimal euros) {
		if (euros == null) {
			return null;
		}
		if (euros.signum() < 0 || euros.compareTo(MAX_COST) > 0 || euros.stripTrailingZeros().scale() > 2) {
			throw DomainException.invalid("resources.cost.invalid");
		}
		return euros.movePointRight(2).longValueExact();
	}

	/**
	 * An amount typed in a form, with a dot or a comma before the cents; blank gives
	 * null.
	 */
	static BigDecimal euros(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(value.strip().replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			throw DomainException.invalid("resources.cost.invalid");
		}
	}

	/** A number typed in a form (an id); blank gives null. */
	static Long id(String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			throw DomainException.invalid("resources.id.invalid", FIELDS.field(field));
		}
	}

}
