package it.mestieri.calendar;

import org.springframework.stereotype.Component;

import it.mestieri.shared.CentreClock;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An event as schema.org {@code Event} JSON-LD, for its public page: held at a place,
 * free (the centre's charter), scheduled or cancelled, with its organiser and the ESCO
 * occupations it is about.
 */
@Component
class EventJsonLd {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final CentreClock clock;

	EventJsonLd(CentreClock clock) {
		this.clock = clock;
	}

	ObjectNode event(Event event, String organiserName, String base) {
		ObjectNode node = JSON.createObjectNode();
		node.put("@context", "https://schema.org");
		node.put("@type", "Event");
		node.put("@id", base + "/events/" + event.id());
		node.put("identifier", "urn:mestieri:event:" + event.id());
		node.put("url", base + "/events/" + event.id());
		node.put("name", event.title());
		if (event.description() != null) {
			node.put("description", event.description());
		}
		node.put("startDate", event.startsAt().atZone(clock.zone()).toOffsetDateTime().toString());
		node.put("endDate", event.endsAt().atZone(clock.zone()).toOffsetDateTime().toString());
		node.put("eventStatus", "https://schema.org/" + (event.cancelled() ? "EventCancelled" : "EventScheduled"));
		node.put("eventAttendanceMode", "https://schema.org/OfflineEventAttendanceMode");
		node.put("isAccessibleForFree", true);
		ObjectNode location = node.putObject("location");
		location.put("@type", "Place");
		location.put("name", event.place());
		location.put("address", event.place());
		if (organiserName != null) {
			ObjectNode organizer = node.putObject("organizer");
			organizer.put("@type", "Organization");
			organizer.put("name", organiserName);
		}
		if (event.capacity() != null) {
			node.put("maximumAttendeeCapacity", event.capacity());
		}
		if (!event.occupationUris().isEmpty()) {
			ArrayNode about = node.putArray("about");
			event.occupationUris().forEach(uri -> about.addObject().put("@type", "Occupation").put("@id", uri));
		}
		return node;
	}

	/**
	 * The JSON for a {@code <script type="application/ld+json">}: nothing in it can close
	 * the script.
	 */
	static String forScript(ObjectNode node) {
		return JSON.writeValueAsString(node).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
	}

}
