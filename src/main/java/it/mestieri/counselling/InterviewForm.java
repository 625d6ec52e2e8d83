package it.mestieri.counselling;

import java.util.List;
import java.util.Set;

import it.mestieri.centre.Area;
import it.mestieri.centre.Topic;
import it.mestieri.partners.Partner;
import it.mestieri.reception.Outcome;
import it.mestieri.reception.ReferralDestination;

/**
 * What the interview form shows: the choices of the visit's area and what is ticked
 * ({@code draft}: the defaults, the record being corrected, or what was sent and
 * refused).
 */
record InterviewForm(long visit, boolean inProgress, Area area, List<Topic> topics, List<Handout> resources,
		List<Outcome> outcomes, List<ReferralDestination> referrals, List<Partner> partners, Draft draft) {

	/** The form's values as text, so that refused input is shown back as it was sent. */
	record Draft(String outcome, Set<String> topics, Set<String> resources, String referral, String referralPartner,
			boolean followUp) {

		static Draft empty() {
			return new Draft(Outcome.INFORMED.name(), Set.of(), Set.of(), "", "", false);
		}

		static Draft of(String outcome, List<String> topics, List<String> resources, String referral,
				String referralPartner, String followUp) {
			return new Draft(outcome == null ? "" : outcome, topics == null ? Set.of() : Set.copyOf(topics),
					resources == null ? Set.of() : Set.copyOf(resources), referral == null ? "" : referral,
					referralPartner == null ? "" : referralPartner, "true".equals(followUp));
		}

		public boolean hasTopic(String code) {
			return topics.contains(code);
		}

		public boolean hasResource(String code) {
			return resources.contains(code);
		}

		public boolean isPartner(long id) {
			return referralPartner.equals(String.valueOf(id));
		}
	}
}
