package it.mestieri.shared;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.context.MessageSourceResolvable;

/**
 * The checks of what people type or send that modules share, each refusal naming the
 * field in the module's own messages: {@code <module>.field.required},
 * {@code <module>.text.tooLong}, {@code <module>.date.invalid},
 * {@code <module>.occupation.invalid}, {@code <module>.occupations.tooMany}, and the
 * field's name at {@code <module>.field.<name>}.
 */
public final class FieldChecks {

	public static final Pattern ESCO_OCCUPATION = Pattern.compile(
			"https?://data\\.europa\\.eu/esco/occupation/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	public static final int MAX_OCCUPATIONS = 50;

	private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\t\\n\\r]]");

	private final String module;

	/**
	 * Checks whose refusals use the message keys of {@code module} (such as "events").
	 */
	public FieldChecks(String module) {
		this.module = module;
	}

	/**
	 * Text that must be there, at most {@code max} characters, without control or format
	 * characters.
	 */
	public String text(String value, int max, String field) {
		String text = optional(value, max, field);
		if (text == null) {
			throw DomainException.invalid(module + ".field.required", field(field));
		}
		return text;
	}

	/** Text that may be missing (null, also when blank); otherwise as {@link #text}. */
	public String optional(String value, int max, String field) {
		if (value == null) {
			return null;
		}
		String text = clean(value);
		if (text.isEmpty()) {
			return null;
		}
		if (text.length() > max) {
			throw DomainException.invalid(module + ".text.tooLong", field(field), max);
		}
		return text;
	}

	/**
	 * The value without control or format characters (tabs and line breaks kept),
	 * stripped.
	 */
	public static String clean(String value) {
		return CONTROL.matcher(value).replaceAll("").strip();
	}

	public <T> T required(T value, String field) {
		if (value == null) {
			throw DomainException.invalid(module + ".field.required", field(field));
		}
		return value;
	}

	/** A day typed in a form (yyyy-mm-dd); blank gives null. */
	public LocalDate date(String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw DomainException.invalid(module + ".date.invalid", field(field));
		}
	}

	/** An ESCO occupation URI, kept in its canonical http form; blank gives null. */
	public String occupation(String value, String field) {
		String uri = optional(value, 255, field);
		if (uri == null) {
			return null;
		}
		if (!ESCO_OCCUPATION.matcher(uri).matches()) {
			throw DomainException.invalid(module + ".occupation.invalid", shortened(uri));
		}
		return uri.replaceFirst("^https:", "http:");
	}

	/**
	 * ESCO occupation URIs, as {@link #occupation}, without repeats, at most
	 * {@link #MAX_OCCUPATIONS}.
	 */
	public Set<String> occupations(Collection<String> values, String field) {
		Set<String> uris = new LinkedHashSet<>();
		if (values != null) {
			values.stream().map(value -> occupation(value, field)).filter(uri -> uri != null).forEach(uris::add);
		}
		if (uris.size() > MAX_OCCUPATIONS) {
			throw DomainException.invalid(module + ".occupations.tooMany", MAX_OCCUPATIONS);
		}
		return uris;
	}

	/** The field's name in the user's language, for a refusal. */
	public MessageSourceResolvable field(String field) {
		return DomainException.term(module + ".field." + field);
	}

	/** A value quoted in a refusal: its first 40 characters. */
	public static String shortened(String value) {
		return value.length() > 40 ? value.substring(0, 40) + "…" : value;
	}

}
