package it.mestieri.reception;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import it.mestieri.centre.Site;

/**
 * Whether a site is open: its weekly hours, less the closing days of the rota (a public
 * holiday, a strike) when the application has one. The kiosk and the public pages ask
 * here, so that on a closing day they say the centre is closed, and why, instead of
 * issuing tickets nobody will call.
 */
@Component
class Opening {

	/** How many closing days in a row the next opening looks past. */
	private static final int DAYS_AHEAD = 60;

	private final ObjectProvider<DutyRoster> roster;

	Opening(ObjectProvider<DutyRoster> roster) {
		this.roster = roster;
	}

	boolean isOpenAt(Site site, LocalDateTime when) {
		return site.isOpenAt(when) && closingDay(site, when.toLocalDate()).isEmpty();
	}

	/**
	 * The reason the site is closed all that day, if it is a closing day ("" when none
	 * was given).
	 */
	Optional<String> closingDay(Site site, LocalDate day) {
		DutyRoster duty = roster.getIfAvailable();
		return duty == null ? Optional.empty() : duty.closedOn(site.id(), day);
	}

	/** When the site next opens after that moment, past its closing days. */
	Optional<LocalDateTime> nextOpening(Site site, LocalDateTime when) {
		LocalDateTime from = when;
		for (int day = 0; day < DAYS_AHEAD; day++) {
			Optional<LocalDateTime> next = site.nextOpening(from);
			if (next.isEmpty() || closingDay(site, next.get().toLocalDate()).isEmpty()) {
				return next;
			}
			from = next.get().toLocalDate().plusDays(1).atStartOfDay();
		}
		return Optional.empty();
	}

}
