package it.mestieri.identity;

import java.util.regex.Pattern;

/**
 * User names: 3 to 60 of a-z, 0-9, dot, hyphen and underscore. Login refuses anything
 * else before looking the name up, so that a look-alike letter (the dotless ı of
 * {@code admın}) can never reach a case-insensitive comparison that would take it for
 * {@code admin}.
 */
final class UsernameRule {

	private static final Pattern ALLOWED = Pattern.compile("[a-z0-9._-]{3,60}");

	private UsernameRule() {
	}

	/** Whether the name, already lower-cased, is one an account could have. */
	static boolean valid(String normalized) {
		return ALLOWED.matcher(normalized).matches();
	}

}
