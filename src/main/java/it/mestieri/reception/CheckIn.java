package it.mestieri.reception;

import it.mestieri.centre.SiteId;
import it.mestieri.shared.AgeBand;
import it.mestieri.shared.CitizenshipGroup;
import it.mestieri.shared.EducationLevel;
import it.mestieri.shared.Gender;
import it.mestieri.shared.OccupationalStatus;
import it.mestieri.shared.Residence;

/**
 * What reception (or the kiosk) records of a walk-in visitor: the area and, all optional,
 * a topic, profile bands, first visit or not, a pseudonymous visitor card. Never a name.
 *
 * @param site may be null when the centre has one site
 * @param topic a topic code of the area, or null
 * @param municipio the code of a municipio valid today, with residence MUNICIPIO
 */
public record CheckIn(SiteId site, String area, String topic, Gender gender, AgeBand ageBand,
		OccupationalStatus occupationalStatus, EducationLevel educationLevel, CitizenshipGroup citizenshipGroup,
		Residence residence, String municipio, Boolean firstVisit, String visitorCard, boolean priority) {

	/** Just the area: what the kiosk asks. */
	public static CheckIn ofArea(SiteId site, String area) {
		return new CheckIn(site, area, null, null, null, null, null, null, null, null, null, null, false);
	}
}
