package it.mestieri.counselling;

import java.util.List;

import it.mestieri.reception.Outcome;
import it.mestieri.reception.ReferralDestination;

/**
 * What a counsellor ticks for an interview: topics and resources by code, where the
 * visitor was referred (and to which partner, for a partner's service), whether a
 * follow-up was suggested. {@code outcome} is the visit's and is given only when the
 * visit is finished.
 */
record InterviewAnswers(Outcome outcome, List<String> topics, List<String> resources, ReferralDestination referral,
		Long referralPartner, boolean followUpSuggested) {

	InterviewAnswers {
		topics = topics == null ? List.of() : List.copyOf(topics);
		resources = resources == null ? List.of() : List.copyOf(resources);
	}
}
