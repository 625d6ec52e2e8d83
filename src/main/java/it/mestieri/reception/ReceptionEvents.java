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
 * personal data. Each visit event names its site and area and the times a consumer needs
 * to count waits (checked in, called) without asking reception.
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

	public record VisitStarted(VisitId visit, SiteId site, AreaId area, DeskId desk, StaffId counsellor,
			Instant checkedInAt, Instant calledAt, Instant startedAt) {

		static VisitStarted of(Visit visit) {
			return new VisitStarted(visit.id(), new SiteId(visit.siteId()), new AreaId(visit.areaId()),
					new DeskId(visit.deskId()), new StaffId(visit.counsellorId()), visit.checkedInAt(),
					visit.calledAt(), visit.startedAt());
		}
	}

	public record VisitFinished(VisitId visit, SiteId site, AreaId area, DeskId desk, StaffId counsellor,
			Outcome outcome, ReferralDestination referral, Instant checkedInAt, Instant calledAt, Instant startedAt,
			Instant finishedAt) {
	}

	/**
	 * A visitor went before being served: from the queue, or called and not come
	 * ({@code calledAt} set).
	 */
	public record VisitLeft(VisitId visit, SiteId site, AreaId area, Outcome outcome, Instant checkedInAt,
			Instant calledAt, Instant leftAt) {

		static VisitLeft of(Visit visit) {
			return new VisitLeft(visit.id(), new SiteId(visit.siteId()), new AreaId(visit.areaId()), visit.outcome(),
					visit.checkedInAt(), visit.calledAt(), visit.leftAt());
		}
	}

	public record VisitTransferred(VisitId visit, SiteId site, AreaId fromArea, AreaId toArea, Instant checkedInAt,
			Instant transferredAt) {
	}

	public record VisitNotServed(VisitId visit, SiteId site, AreaId area, VisitStatus previousStatus,
			Instant checkedInAt, Instant closedAt) {
	}

	public record DeskTaken(DeskId desk, StaffId counsellor, Instant takenAt) {
	}

	public record DeskReleased(DeskId desk, StaffId counsellor, Instant takenAt, Instant releasedAt) {
	}

}
