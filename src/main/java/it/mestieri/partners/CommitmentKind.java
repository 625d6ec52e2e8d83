package it.mestieri.partners;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a party to an agreement commits to. Counsellor hours are delivered through the
 * rota and the desks, workshops through events; the other kinds are delivered as
 * {@link Contribution}s the coordinator records.
 */
public enum CommitmentKind {

	/** Counsellor hours in one area, usually per week. */
	COUNSELLOR_HOURS,
	/** Workshops, usually per quarter. */
	WORKSHOPS, DOCUMENTATION, PREMISES,
	/** Money, in euro. */
	MONEY, OTHER;

	/** The kinds delivered as contributions recorded by hand. */
	public static final Set<CommitmentKind> RECORDED_AS_CONTRIBUTIONS = EnumSet.of(DOCUMENTATION, PREMISES, MONEY,
			OTHER);

	public boolean recordedAsContribution() {
		return RECORDED_AS_CONTRIBUTIONS.contains(this);
	}

}
