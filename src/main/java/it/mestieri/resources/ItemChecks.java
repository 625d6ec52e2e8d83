package it.mestieri.resources;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.context.MessageSourceResolvable;

import it.mestieri.shared.DomainException;

/** The checks of what coordinators type or import into the catalogue, each refusal naming the field. */
final class ItemChecks {

	static final Pattern ESCO_OCCUPATION = Pattern.compile(
			"https?://data\\.europa\\.eu/esco/occupation/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
	private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"{}|\\\\^`]+", Pattern.CASE_INSENSITIVE);
	private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
	private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\t\\n\\r]]");
	private static final BigDecimal MAX_COST = new BigDecimal("1000000");

	private ItemChecks() {
	}

	/** Text that must be there, at most {@code max} characters, without control or format characters. */
	static String text(String value, int max, String field) {
		String text = optional(value, max, field);
		if (text == null) {
			throw DomainException.invalid("resources.field.required", field(field));
		}
		return text;
	}

	/** Text that may be missing (null); otherwise at most {@code max} characters. */
	static String optional(String value, int max, String field) {
		if (value == null) {
			return null;
		}
		String text = CONTROL.matcher(value).replaceAll("").strip();
		if (text.isEmpty()) {
			return null;
		}
		if (text.length() > max) {
			throw DomainException.invalid("resources.text.tooLong", field(field), max);
		}
		return text;
	}

	static <T> T required(T value, String field) {
		if (value == null) {
			throw DomainException.invalid("resources.field.required", field(field));
		}
		return value;
	}

	/** A web address: http or https only (no javascript:, data: or file:), at most 1000 characters. */
	static String link(String value, String field) {
		String link = optional(value, 1000, field);
		if (link != null && !LINK.matcher(link).matches()) {
			throw DomainException.invalid("resources.link.invalid", field(field));
		}
		return link;
	}

	/** A language code such as it or en; missing gives Italian. */
	static String language(String value) {
		String language = optional(value, 8, "language");
		if (language == null) {
			return "it";
		}
		language = language.toLowerCase(Locale.ROOT);
		if (!LANGUAGE.matcher(language).matches()) {
			throw DomainException.invalid("resources.language.invalid", short40(language));
		}
		return language;
	}

	/** An ESCO occupation URI, kept in its canonical http form. */
	static String occupation(String value) {
		String uri = optional(value, 255, "occupation");
		if (uri == null) {
			return null;
		}
		if (!ESCO_OCCUPATION.matcher(uri).matches()) {
			throw DomainException.invalid("resources.occupation.invalid", short40(uri));
		}
		return uri.replaceFirst("^https:", "http:");
	}

	static Set<String> occupations(Collection<String> values) {
		Set<String> uris = new LinkedHashSet<>();
		if (values != null) {
			values.stream().map(ItemChecks::occupation).filter(uri -> uri != null).forEach(uris::add);
		}
		if (uris.size() > 50) {
			throw DomainException.invalid("resources.occupations.tooMany", 50);
		}
		return uris;
	}

	static boolean looksLikeOccupation(String value) {
		return value != null && ESCO_OCCUPATION.matcher(value.strip()).matches();
	}

	/** Days in order: {@code to} may not be before {@code from}. */
	static void order(LocalDate from, LocalDate to, String fromField, String toField) {
		if (from != null && to != null && to.isBefore(from)) {
			throw DomainException.invalid("resources.period.invalid", field(toField), field(fromField));
		}
	}

	/** Euros, zero or more, at most two decimals, as cents; null stays null (not stated). */
	static Long cents(BigDecimal euros) {
		if (euros == null) {
			return null;
		}
		if (euros.signum() < 0 || euros.compareTo(MAX_COST) > 0 || euros.stripTrailingZeros().scale() > 2) {
			throw DomainException.invalid("resources.cost.invalid");
		}
		return euros.movePointRight(2).longValueExact();
	}

	/** A date typed in a form (yyyy-mm-dd); blank gives null. */
	static LocalDate date(String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw DomainException.invalid("resources.date.invalid", field(field));
		}
	}

	/** An amount typed in a form, with a dot or a comma before the cents; blank gives null. */
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
			throw DomainException.invalid("resources.id.invalid", field(field));
		}
	}

	static MessageSourceResolvable field(String field) {
		return DomainException.term("resources.field." + field);
	}

	static String short40(String value) {
		return value.length() > 40 ? value.substring(0, 40) + "…" : value;
	}
}
