package it.mestieri.reception;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;

import it.mestieri.centre.AreaId;
import it.mestieri.centre.DeskId;
import it.mestieri.centre.SiteId;
import it.mestieri.identity.StaffId;

/**
 * What reception asks of a duty rota, when the application has one (the rota module
 * implements it; reception works without it and then shows nothing about duty).
 */
public interface DutyRoster {

	/**
	 * Whether the counsellor is on the rota at that desk, or at least in its area at its
	 * site, at that instant.
	 */
	boolean onDuty(StaffId counsellor, DeskId desk, Instant at);

	/**
	 * For each area of the site with a counsellor on duty at that instant: until when, in
	 * the centre's time.
	 */
	Map<AreaId, LocalTime> onDutyUntil(SiteId site, Instant at);

	/**
	 * The reason the site is closed on that day (a closing day of the rota; "" when none
	 * was given).
	 */
	Optional<String> closedOn(SiteId site, LocalDate day);

}
