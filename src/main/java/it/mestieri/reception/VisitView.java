package it.mestieri.reception;

import java.time.Instant;

import it.mestieri.centre.AreaId;
import it.mestieri.centre.DeskId;
import it.mestieri.centre.SiteId;
import it.mestieri.centre.TopicId;
import it.mestieri.identity.StaffId;

/**
 * A visit as the rest of the application sees it. {@code position},
 * {@code estimatedWaitMinutes} and {@code likelyAfterClosing} are set while the visit
 * waits.
 */
public record VisitView(VisitId id, String ticket, SiteId site, AreaId area, VisitStatus status, Channel channel,
		boolean priority, TopicId topic, Integer position, Integer estimatedWaitMinutes, DeskId desk,
		StaffId counsellor, int callCount, Instant checkedInAt, Instant calledAt, Instant startedAt, Instant finishedAt,
		Instant leftAt, Outcome outcome, ReferralDestination referral, AreaId transferredFrom,
		Boolean likelyAfterClosing) {

	static VisitView of(Visit visit) {
		return of(visit, null, null, null);
	}

	static VisitView of(Visit visit, Integer position, Integer estimatedWaitMinutes, Boolean likelyAfterClosing) {
		return new VisitView(visit.id(), visit.ticket(), new SiteId(visit.siteId()), new AreaId(visit.areaId()),
				visit.status(), visit.channel(), visit.priority(),
				visit.profile().topicId() == null ? null : new TopicId(visit.profile().topicId()), position,
				estimatedWaitMinutes, visit.deskId() == null ? null : new DeskId(visit.deskId()),
				visit.counsellorId() == null ? null : new StaffId(visit.counsellorId()), visit.callCount(),
				visit.checkedInAt(), visit.calledAt(), visit.startedAt(), visit.finishedAt(), visit.leftAt(),
				visit.outcome(), visit.referral(),
				visit.transferredFromAreaId() == null ? null : new AreaId(visit.transferredFromAreaId()),
				likelyAfterClosing);
	}
}
