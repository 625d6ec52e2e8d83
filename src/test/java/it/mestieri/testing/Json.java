package it.mestieri.testing;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/** Small JSON bodies: {@code Json.of("outcome", "REFERRED", "referral", "COURSE")}. */
public final class Json {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private Json() {
	}

	public static String of(Object... namesAndValues) {
		Map<String, Object> fields = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return write(fields);
	}

	/**
	 * {@code defaults} then {@code more}, names and values alike; a name in {@code more}
	 * overrides its default.
	 */
	public static String withDefaults(Object[] defaults, Object... more) {
		Object[] all = Arrays.copyOf(defaults, defaults.length + more.length);
		System.arraycopy(more, 0, all, defaults.length, more.length);
		return of(all);
	}

	static String write(Object value) {
		return MAPPER.writeValueAsString(value);
	}

}
