package it.mestieri.reception;

import java.time.Duration;
import java.time.LocalDateTime;

import it.mestieri.centre.Site;

/**
 * The wait-time rule, shown to the public on the wait page: the people ahead, shared
 * among the desks open for the area, times the mean service time of the recent visits.
 * With no desk open the estimate assumes one desk, since one is expected to open.
 */
record WaitEstimate(int peopleAhead, int desksOpen, Duration meanServiceTime) {

	/** Minutes of service time before the visitor's turn. */
	int minutes() {
		if (peopleAhead <= 0) {
			return 0;
		}
		double perDesk = (double) peopleAhead / Math.max(1, desksOpen);
		return (int) Math.ceil(perDesk * meanServiceTime.toSeconds() / 60.0);
	}

	/**
	 * The wait on the clock, given the site's opening hours: service happens only while
	 * the site is open, so a queue that runs into the lunch break waits through it. When
	 * the site is closed now (staff serving in extended hours) the service time is the
	 * wait.
	 */
	OnTheClock at(Site site, LocalDateTime now) {
		int service = minutes();
		if (service == 0 || !site.isOpenAt(now)) {
			return new OnTheClock(service, false);
		}
		return site.afterOpenTime(now, Duration.ofMinutes(service))
			.map(turn -> new OnTheClock((int) Duration.between(now, turn).toMinutes(), false))
			.orElseGet(() -> new OnTheClock(service, true));
	}

	/**
	 * @param minutes the estimated wait
	 * @param afterClosing true when the turn would come after the site's last closing
	 * today
	 */
	record OnTheClock(int minutes, boolean afterClosing) {
	}
}
