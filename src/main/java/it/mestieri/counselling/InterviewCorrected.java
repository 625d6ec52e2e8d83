package it.mestieri.counselling;

import java.time.Instant;
import java.util.List;

import it.mestieri.centre.AreaId;
import it.mestieri.centre.DeskId;
import it.mestieri.centre.SiteId;
import it.mestieri.centre.TopicId;
import it.mestieri.identity.StaffId;
import it.mestieri.partners.PartnerId;
import it.mestieri.reception.Outcome;
import it.mestieri.reception.ReferralDestination;
import it.mestieri.reception.VisitId;

/** The author corrected an interview record: every field as it is after the change. */
public record InterviewCorrected(InterviewId interview, VisitId visit, StaffId counsellor, PartnerId partner,
		SiteId site, AreaId area, DeskId desk, Outcome outcome, List<TopicId> topics, List<HandoutId> resources,
		ReferralDestination referral, PartnerId referralPartner, boolean followUpSuggested, Instant startedAt,
		Instant finishedAt, int durationMinutes, Instant recordedAt, StaffId correctedBy, Instant correctedAt) {
}
