package it.mestieri.delivery;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import it.mestieri.centre.AreaId;
import it.mestieri.centre.CentreDirectory;
import it.mestieri.centre.Desk;
import it.mestieri.centre.OpeningHours;
import it.mestieri.centre.Site;
import it.mestieri.identity.StaffId;
import it.mestieri.reception.DeskSessions;
import it.mestieri.reception.DeskSession;
import it.mestieri.shared.CentreClock;

/**
 * The hours counsellors actually worked at the desks, from the desk sessions. Only the
 * time the site was open counts: a desk left taken overnight, or taken before opening,
 * adds nothing outside opening hours, and a session still open counts up to now.
 */
@Component
class WorkedHours {

	private final DeskSessions sessions;

	private final CentreDirectory centre;

	private final CentreClock clock;

	WorkedHours(DeskSessions sessions, CentreDirectory centre, CentreClock clock) {
		this.sessions = sessions;
		this.centre = centre;
		this.clock = clock;
	}

	record Key(StaffId counsellor, AreaId area) {
	}

	/**
	 * Worked time per counsellor and area in the days {@code from} to {@code to}, both
	 * included.
	 */
	Map<Key, Duration> between(LocalDate from, LocalDate to) {
		ZoneId zone = clock.zone();
		Instant start = from.atStartOfDay(zone).toInstant();
		Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
		Instant now = clock.now();
		Map<Key, Duration> worked = new HashMap<>();
		for (DeskSession session : sessions.overlapping(start, end)) {
			Desk desk = centre.desk(session.desk());
			Site site = centre.site(desk.site());
			Instant sessionEnd = session.releasedAt() != null ? session.releasedAt() : now;
			Instant clippedStart = later(session.takenAt(), start);
			Instant clippedEnd = earlier(sessionEnd, end);
			if (clippedEnd.isAfter(clippedStart)) {
				worked.merge(new Key(session.counsellor(), desk.area()), openTime(site, clippedStart, clippedEnd, zone),
						Duration::plus);
			}
		}
		return worked;
	}

	/**
	 * How much of the time from {@code start} to {@code end} falls within the site's
	 * opening hours.
	 */
	static Duration openTime(Site site, Instant start, Instant end, ZoneId zone) {
		Duration total = Duration.ZERO;
		LocalDateTime from = LocalDateTime.ofInstant(start, zone);
		LocalDateTime to = LocalDateTime.ofInstant(end, zone);
		for (LocalDate day = from.toLocalDate(); !day.isAfter(to.toLocalDate()); day = day.plusDays(1)) {
			for (OpeningHours interval : site.hoursOn(day.getDayOfWeek())) {
				LocalDateTime opens = day.atTime(interval.opens());
				LocalDateTime closes = day.atTime(interval.closes());
				LocalDateTime overlapStart = opens.isAfter(from) ? opens : from;
				LocalDateTime overlapEnd = closes.isBefore(to) ? closes : to;
				if (overlapEnd.isAfter(overlapStart)) {
					total = total.plus(Duration.between(overlapStart.atZone(zone), overlapEnd.atZone(zone)));
				}
			}
		}
		return total;
	}

	private static Instant later(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

	private static Instant earlier(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

}
