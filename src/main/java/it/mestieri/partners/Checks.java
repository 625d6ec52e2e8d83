package it.mestieri.partners;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.regex.Pattern;

import it.mestieri.shared.DomainException;
import it.mestieri.shared.FieldChecks;

/**
 * The checks of what coordinators type in, each refusing with a message that names the
 * field.
 */
final class Checks {

	/** The checks this module shares with the others, in its own messages. */
	static final FieldChecks FIELDS = new FieldChecks("partners");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

	private static final Pattern WEBSITE = Pattern.compile("https?://[^\\s<>\"]+");

	private static final Pattern PHONE = Pattern.compile("[0-9+() ./-]{4,40}");

	private static final BigDecimal MAX_QUANTITY = new BigDecimal("999999999999.99");

	private Checks() {
	}

	/**
	 * Text that must be there, at most {@code max} characters, without control or format
	 * characters.
	 */
	static String text(String value, int max, String field) {
		String text = value == null ? "" : FieldChecks.clean(value);
		if (text.isEmpty() || text.length() > max) {
			throw DomainException.invalid("partners.text.invalid", FIELDS.field(field), max);
		}
		return text;
	}

	/** Text that may be missing (null), otherwise as {@link #text}. */
	static String optional(String value, int max, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return text(value, max, field);
	}

	static String email(String value) {
		String email = optional(value, 200, "email");
		if (email != null && !EMAIL.matcher(email).matches()) {
			throw DomainException.invalid("partners.email.invalid");
		}
		return email;
	}

	static String website(String value) {
		String website = optional(value, 300, "website");
		if (website != null && !WEBSITE.matcher(website).matches()) {
			throw DomainException.invalid("partners.website.invalid");
		}
		return website;
	}

	static String phone(String value) {
		String phone = optional(value, 40, "phone");
		if (phone != null && !PHONE.matcher(phone).matches()) {
			throw DomainException.invalid("partners.phone.invalid");
		}
		return phone;
	}

	/**
	 * A quantity typed in a form, with a dot or a comma before the decimals; blank gives
	 * null.
	 */
	static BigDecimal decimal(String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(value.strip().replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			throw DomainException.invalid("partners.quantity.invalid");
		}
	}

	/** Zero or more, at most two decimals. */
	static BigDecimal quantity(BigDecimal quantity) {
		FIELDS.required(quantity, "quantity");
		if (quantity.signum() < 0 || quantity.compareTo(MAX_QUANTITY) > 0
				|| quantity.stripTrailingZeros().scale() > 2) {
			throw DomainException.invalid("partners.quantity.invalid");
		}
		return quantity.setScale(2, java.math.RoundingMode.UNNECESSARY);
	}

	/** From and to in order (to may be missing when {@code toRequired} is false). */
	static void period(LocalDate from, LocalDate to, boolean toRequired, String fromField, String toField) {
		FIELDS.required(from, fromField);
		if (toRequired) {
			FIELDS.required(to, toField);
		}
		if (to != null && to.isBefore(from)) {
			throw DomainException.invalid("partners.period.invalid", FIELDS.field(toField), FIELDS.field(fromField));
		}
	}

}
