package it.mestieri.counselling;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
import it.mestieri.shared.DomainException;

/**
 * An interview record as stored. Its author may correct it for {@link #CORRECTABLE_FOR}
 * after recording it; then it is locked, for everyone.
 */
record Interview(InterviewId id, VisitId visit, StaffId counsellor, PartnerId partner, SiteId site, AreaId area,
		DeskId desk, LocalDate day, Instant startedAt, Instant finishedAt, int durationMinutes, Outcome outcome,
		List<TopicId> topics, List<HandoutId> resources, ReferralDestination referral, PartnerId referralPartner,
		boolean followUpSuggested, Instant recordedAt, long version) {

	static final Duration CORRECTABLE_FOR = Duration.ofHours(24);

	static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	/** Whole minutes between start and finish, rounded to the nearest. */
	static int minutesBetween(Instant start, Instant finish) {
		long seconds = Math.max(0, Duration.between(start, finish).toSeconds());
		return (int) ((seconds + 30) / 60);
	}

	Instant correctableUntil() {
		return recordedAt.plus(CORRECTABLE_FOR);
	}

	boolean lockedAt(Instant now) {
		return !now.isBefore(correctableUntil());
	}

	boolean correctableBy(StaffId who, Instant now) {
		return counsellor.equals(who) && !lockedAt(now);
	}

	/** Refuses a correction by anyone but the author, or after the record locked. */
	void requireCorrectableBy(StaffId who, Instant now, ZoneId zone) {
		if (!counsellor.equals(who)) {
			throw DomainException.forbidden("counselling.interview.notAuthor", id.value());
		}
		if (lockedAt(now)) {
			throw DomainException.conflict("counselling.interview.locked", id.value(),
					LOCAL_TIME.format(correctableUntil().atZone(zone)));
		}
	}

	InterviewRecorded recorded() {
		return new InterviewRecorded(id, visit, counsellor, partner, site, area, desk, outcome, topics, resources,
				referral, referralPartner, followUpSuggested, startedAt, finishedAt, durationMinutes, recordedAt);
	}

	InterviewCorrected corrected(StaffId by, Instant at) {
		return new InterviewCorrected(id, visit, counsellor, partner, site, area, desk, outcome, topics, resources,
				referral, referralPartner, followUpSuggested, startedAt, finishedAt, durationMinutes, recordedAt, by,
				at);
	}
}
