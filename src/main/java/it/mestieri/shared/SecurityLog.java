package it.mestieri.shared;

import java.util.StringJoiner;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Security events in one greppable form, on the logger {@code mestieri.security}:
 * {@code security event=login.failed user=reception address=203.0.113.7}. Never a
 * password, never a visitor's data: only staff user names, network addresses and record
 * ids. Values are reduced to a safe alphabet, so nothing typed can forge a line or a
 * field.
 */
public final class SecurityLog {

	private static final Logger log = LoggerFactory.getLogger("mestieri.security");

	private SecurityLog() {
	}

	/** Logs the event with its fields, given as name, value, name, value… */
	public static void event(String event, Object... fields) {
		if (!log.isWarnEnabled()) {
			return;
		}
		StringJoiner line = new StringJoiner(" ");
		line.add("security event=" + safe(event));
		for (int i = 0; i + 1 < fields.length; i += 2) {
			line.add(safe(String.valueOf(fields[i])) + "=" + safe(String.valueOf(fields[i + 1])));
		}
		log.warn(line.toString());
	}

	/**
	 * The user name of the person whose request this is, or {@code system} outside any
	 * login.
	 */
	public static String actor() {
		Authentication login = SecurityContextHolder.getContext().getAuthentication();
		return login == null || !login.isAuthenticated() || login instanceof AnonymousAuthenticationToken ? "system"
				: login.getName();
	}

	/**
	 * The value with anything outside letters, digits and {@code . _ - : @ ,} replaced by
	 * {@code ?}.
	 */
	static String safe(String value) {
		if (value == null || value.isEmpty()) {
			return "-";
		}
		StringBuilder out = new StringBuilder(Math.min(value.length(), 100));
		for (int i = 0; i < value.length() && i < 100; i++) {
			char c = value.charAt(i);
			boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
					|| ".-_:@,/".indexOf(c) >= 0;
			out.append(plain ? c : '?');
		}
		return out.toString();
	}

}
