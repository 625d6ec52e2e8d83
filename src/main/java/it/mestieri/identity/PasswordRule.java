package it.mestieri.identity;

import java.nio.charset.StandardCharsets;

import it.mestieri.shared.DomainException;

/**
 * What every password must be, wherever it is set (setup, administration, the person's
 * own change, the first administrator and demo passwords from the environment): at least
 * 12 characters, and at most 72 bytes in UTF-8, all that BCrypt reads (it refuses more).
 * 72 bytes are 72 plain letters, fewer with accented ones.
 */
final class PasswordRule {

	static final int MIN_CHARACTERS = 12;
	static final int MAX_BYTES = 72;

	private PasswordRule() {
	}

	static void check(String password) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_CHARACTERS) {
			throw DomainException.invalid("identity.password.tooShort", MIN_CHARACTERS);
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			throw DomainException.invalid("identity.password.tooLong", MAX_BYTES);
		}
	}

}
