package it.mestieri.rota;

import java.time.Duration;

import it.mestieri.centre.AreaId;
import it.mestieri.identity.StaffId;
import it.mestieri.partners.PartnerId;

/**
 * Time a counsellor is on the rota in an area in a period, for the partner that seconds
 * them.
 */
public record ScheduledHours(StaffId counsellor, PartnerId partner, AreaId area, Duration time) {

	public double hours() {
		return time.toMinutes() / 60.0;
	}
}
