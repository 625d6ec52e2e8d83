package it.mestieri.partners;

/**
 * The period a commitment's quantity refers to: 12 hours per WEEK, 4 workshops per
 * QUARTER.
 */
public enum CommitmentPeriod {

	WEEK, MONTH, QUARTER, YEAR, WHOLE_AGREEMENT

}
