package it.mestieri.partners;

import java.time.LocalDate;
import java.util.List;

/**
 * An agreement (protocollo d'intesa) binding partners for a validity period, with each
 * party's commitments. {@code version} changes at every change, for optimistic locking.
 */
public record Agreement(AgreementId id, String title, LocalDate signedOn, LocalDate validFrom, LocalDate validTo,
		boolean charterAccepted, LocalDate charterAcceptedOn, long version, List<PartnerId> parties,
		List<Commitment> commitments, List<AgreementDocument> documents) {

	public Agreement {
		parties = List.copyOf(parties);
		commitments = List.copyOf(commitments);
		documents = List.copyOf(documents);
	}

	/**
	 * Whether the validity period overlaps the days from {@code from} to {@code to}, both
	 * included.
	 */
	public boolean inForceBetween(LocalDate from, LocalDate to) {
		return !validFrom.isAfter(to) && !validTo.isBefore(from);
	}

	public List<Commitment> commitmentsOf(PartnerId partner) {
		return commitments.stream().filter(commitment -> commitment.partner().equals(partner)).toList();
	}

	public boolean hasParty(PartnerId partner) {
		return parties.contains(partner);
	}
}
