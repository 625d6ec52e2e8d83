package it.mestieri.shared;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Reads an optional enum value sent as text, with a clear message when it is not one of
 * ours.
 */
public final class Bands {

	private Bands() {
	}

	/**
	 * Null or blank gives null; otherwise the constant, case-insensitive, or a 400 naming
	 * the values allowed.
	 */
	public static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String wanted = value.trim().toUpperCase().replace('-', '_');
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(wanted)) {
				return constant;
			}
		}
		String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
		throw DomainException.invalid("problem.unknownValue", field,
				value.length() > 40 ? value.substring(0, 40) + "…" : value, allowed);
	}

}
