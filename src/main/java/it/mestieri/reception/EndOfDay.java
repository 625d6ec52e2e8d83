package it.mestieri.reception;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import it.mestieri.centre.CentreDirectory;
import it.mestieri.centre.DeskId;
import it.mestieri.centre.Site;
import it.mestieri.identity.StaffId;
import it.mestieri.reception.ReceptionEvents.DeskReleased;
import it.mestieri.shared.CentreClock;

/**
 * Closes what a past day left open. Tickets still waiting or called are closed as not
 * served, interviews left open as finished without a record; desks still held are
 * released at the closing time of the day they were taken (not at the next morning, which
 * would count the night as worked). Each ticket and each desk is closed in a transaction
 * of its own: one that a counsellor changes at the same moment is left for the next run
 * and reported, the others are closed. Runs after midnight and at start (in case the
 * application was down then); running it twice changes nothing.
 */
@Component
class EndOfDay {

	private static final Logger log = LoggerFactory.getLogger(EndOfDay.class);

	private static final Set<VisitStatus> OPEN = EnumSet.of(VisitStatus.WAITING, VisitStatus.CALLED,
			VisitStatus.IN_PROGRESS);

	private final Visits visits;

	private final DeskHolders holders;

	private final CentreDirectory centre;

	private final CentreClock clock;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	EndOfDay(Visits visits, DeskHolders holders, CentreDirectory centre, CentreClock clock,
			ApplicationEventPublisher events, TransactionTemplate transactions) {
		this.visits = visits;
		this.holders = holders;
		this.centre = centre;
		this.clock = clock;
		this.events = events;
		this.transactions = transactions;
	}

	/**
	 * What a run did: tickets closed, the ids of those it could not close (left for the
	 * next run), desks released.
	 */
	record Report(int closed, List<Long> left, int desksReleased) {
	}

	@EventListener(ApplicationReadyEvent.class)
	public void atStart() {
		closePastDays();
	}

	@Scheduled(cron = "${mestieri.reception.close-day-cron}", zone = "${mestieri.time-zone}")
	public Report closePastDays() {
		LocalDate today = clock.today();
		Instant now = clock.now();
		List<Long> open = transactions.execute(status -> visits.findByDayBeforeAndStatusIn(today, OPEN)
			.stream()
			.map(Visit::id)
			.map(VisitId::value)
			.toList());
		int closed = 0;
		List<Long> left = new ArrayList<>();
		for (long id : open) {
			try {
				if (Boolean.TRUE.equals(transactions.execute(status -> close(id, today, now)))) {
					closed++;
				}
			}
			catch (RuntimeException ex) {
				left.add(id);
				log.warn("End of day: ticket {} could not be closed now ({}); the next run will", id, ex.toString());
			}
		}
		int released = releaseDesksOfPastDays(today);
		if (closed + left.size() + released > 0) {
			log.info("End of day: closed {} tickets of past days, left {} for the next run {}, released {} desks",
					closed, left.size(), left, released);
		}
		return new Report(closed, List.copyOf(left), released);
	}

	private boolean close(long id, LocalDate today, Instant now) {
		Visit visit = visits.findById(id).orElse(null);
		if (visit == null || !visit.day().isBefore(today) || !OPEN.contains(visit.status())) {
			return false;
		}
		visit.closeAtEndOfDay(now);
		visits.saveAndFlush(visit);
		return true;
	}

	private int releaseDesksOfPastDays(LocalDate today) {
		int released = 0;
		for (DeskHolders.Holding holding : holders.all().values()) {
			LocalDate day = holding.takenAt().atZone(clock.zone()).toLocalDate();
			if (!day.isBefore(today)) {
				continue;
			}
			Site site = centre.site(centre.desk(new DeskId(holding.deskId())).site());
			Instant closing = site.closesOn(day)
				.map(time -> day.atTime(time).atZone(clock.zone()).toInstant())
				.filter(time -> time.isAfter(holding.takenAt()))
				.orElse(holding.takenAt());
			try {
				transactions.executeWithoutResult(status -> {
					if (holders.release(holding, closing)) {
						events.publishEvent(new DeskReleased(new DeskId(holding.deskId()),
								new StaffId(holding.staffId()), holding.takenAt(), closing));
					}
				});
				released++;
			}
			catch (RuntimeException ex) {
				log.warn("End of day: desk {} could not be released now ({}); the next run will", holding.deskId(),
						ex.toString());
			}
		}
		return released;
	}

}
