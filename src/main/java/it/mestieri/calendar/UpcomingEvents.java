package it.mestieri.calendar;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.mestieri.shared.CentreClock;

/** The calendar as other modules read it: the events to come, for an occupation. */
@Service
@Transactional(readOnly = true)
public class UpcomingEvents {

	private final Events events;

	private final CentreClock clock;

	UpcomingEvents(Events events, CentreClock clock) {
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The events for that ESCO occupation (its URI) that start from now on and are not
	 * cancelled, the soonest first, at most {@code limit} of them (1 to 100).
	 */
	public List<EventSummary> forOccupation(String escoUri, int limit) {
		if (escoUri == null || escoUri.isBlank()) {
			return List.of();
		}
		Events.Filter filter = new Events.Filter(clock.now(), null, null, null, null,
				escoUri.strip().replaceFirst("^https:", "http:"), null, false, false);
		return events.list(filter, 0, Math.max(1, Math.min(limit, Events.MAX_PAGE_SIZE)))
			.items()
			.stream()
			.map(this::summary)
			.toList();
	}

	EventSummary summary(Event event) {
		return new EventSummary(new EventId(event.id()), event.kind(), event.title(),
				event.startsAt().atZone(clock.zone()), event.endsAt().atZone(clock.zone()), event.place(),
				"/events/" + event.id());
	}

}
