package it.mestieri.reception;

import java.time.Instant;

import it.mestieri.centre.AreaId;
import it.mestieri.centre.DeskId;
import it.mestieri.centre.MunicipioId;
import it.mestieri.centre.SiteId;
import it.mestieri.centre.TopicId;
import it.mestieri.identity.StaffId;
import it.mestieri.shared.AgeBand;
import it.mestieri.shared.CitizenshipGroup;
import it.mestieri.shared.EducationLevel;
import it.mestieri.shared.Gender;
import it.mestieri.shared.OccupationalStatus;
import it.mestieri.shared.Residence;

/**
 * What happens at reception, published for statistics and other modules. None carries
 * personal data.
 */
public final class ReceptionEvents {

	private ReceptionEvents() {
	}

	public record VisitorCheckedIn(VisitId visit, SiteId site, AreaId area, String ticket, Channel channel,
			boolean priority, TopicId topic, Boolean firstVisit, boolean withVisitorCard, Gender gender,
			AgeBand ageBand, OccupationalStatus occupationalStatus, EducationLevel educationLevel,
			CitizenshipGroup citizenshipGroup, Residence residence, MunicipioId municipio, Instant checkedInAt) {
	}

	public record TicketCalled(VisitId visit, SiteId site, AreaId area, String ticket, DeskId desk, StaffId counsellor,
			int callCount, Instant calledAt) {
	}

	public record VisitStarted(VisitId visit, AreaId area, DeskId desk, StaffId counsellor, Instant startedAt) {
	}

	public record VisitFinished(VisitId visit, SiteId site, AreaId area, DeskId desk, StaffId counsellor,
			Outcome outcome, ReferralDestination referral, Instant checkedInAt, Instant calledAt, Instant startedAt,
			Instant finishedAt) {
	}

	public record VisitLeft(VisitId visit, AreaId area, Outcome outcome, Instant leftAt) {
	}

	public record VisitTransferred(VisitId visit, AreaId fromArea, AreaId toArea, Instant transferredAt) {
	}

	public record VisitNotServed(VisitId visit, AreaId area, VisitStatus previousStatus, Instant closedAt) {
	}

	public record DeskTaken(DeskId desk, StaffId counsellor, Instant takenAt) {
	}

	public record DeskReleased(DeskId desk, StaffId counsellor, Instant takenAt, Instant releasedAt) {
	}

}
