package it.mestieri.testing;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The body of a check-in: {@code aCheckIn("LAVORO").with("gender", "WOMAN").priority()}.
 */
public final class CheckInJson {

	private final Map<String, Object> fields = new LinkedHashMap<>();

	private CheckInJson(String area) {
		fields.put("area", area);
	}

	public static CheckInJson aCheckIn(String area) {
		return new CheckInJson(area);
	}

	/** Every optional field filled in, as a reception operator could. */
	public static CheckInJson aFullyDescribedCheckIn(String area, String topic) {
		return aCheckIn(area).with("topic", topic)
			.with("gender", "WOMAN")
			.with("ageBand", "FROM_25_TO_29")
			.with("occupationalStatus", "UNEMPLOYED")
			.with("educationLevel", "ISCED_3")
			.with("citizenshipGroup", "NON_EU")
			.with("residence", "MUNICIPIO")
			.with("municipio", "VII")
			.with("firstVisit", false)
			.with("visitorCard", "K7QF-29XM");
	}

	public CheckInJson with(String field, Object value) {
		fields.put(field, value);
		return this;
	}

	public CheckInJson without(String field) {
		fields.remove(field);
		return this;
	}

	public CheckInJson priority() {
		return with("priority", true);
	}

	public String json() {
		return Json.write(fields);
	}

	@Override
	public String toString() {
		return json();
	}

}
