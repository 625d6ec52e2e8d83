package it.mestieri.reception;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import it.mestieri.centre.AreaId;
import it.mestieri.reception.ReceptionEvents.VisitNotServed;
import it.mestieri.shared.CentreClock;

/**
 * Closes the tickets of past days that are still open: waiting or called ones as not
 * served, interviews left open as finished without a record. Runs after midnight and at
 * start (in case the application was down then); running it twice changes nothing.
 */
@Component
class EndOfDay {

	private static final Logger log = LoggerFactory.getLogger(EndOfDay.class);

	private final Visits visits;
	private final CentreClock clock;
	private final ApplicationEventPublisher events;

	EndOfDay(Visits visits, CentreClock clock, ApplicationEventPublisher events) {
		this.visits = visits;
		this.clock = clock;
		this.events = events;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void atStart() {
		closePastDays();
	}

	@Scheduled(cron = "${mestieri.reception.close-day-cron}", zone = "${mestieri.time-zone}")
	@Transactional
	public int closePastDays() {
		Instant now = clock.now();
		List<Visit> open = visits.findByDayBeforeAndStatusIn(clock.today(),
				EnumSet.of(VisitStatus.WAITING, VisitStatus.CALLED, VisitStatus.IN_PROGRESS));
		for (Visit visit : open) {
			VisitStatus previous = visit.closeAtEndOfDay(now);
			events.publishEvent(new VisitNotServed(visit.id(), new AreaId(visit.areaId()), previous, now));
		}
		if (!open.isEmpty()) {
			log.info("End of day: closed {} tickets of past days", open.size());
		}
		return open.size();
	}
}
