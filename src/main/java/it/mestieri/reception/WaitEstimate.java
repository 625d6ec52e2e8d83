package it.mestieri.reception;

import java.time.Duration;

/**
 * The wait-time rule, shown to the public on the wait page: the people ahead, shared among
 * the desks open for the area, times the mean service time of the recent visits.
 * With no desk open the estimate assumes one desk, since one is expected to open.
 */
record WaitEstimate(int peopleAhead, int desksOpen, Duration meanServiceTime) {

	int minutes() {
		if (peopleAhead <= 0) {
			return 0;
		}
		double perDesk = (double) peopleAhead / Math.max(1, desksOpen);
		return (int) Math.ceil(perDesk * meanServiceTime.toSeconds() / 60.0);
	}
}
