package it.mestieri.partners;

import java.math.BigDecimal;

import it.mestieri.centre.AreaId;

/**
 * What one party promised in an agreement: {@code quantity} {@code unit} per
 * {@code period} (12 hours per week in an area, 20,000 € per year). {@code area} is set
 * for counsellor hours.
 */
public record Commitment(long id, AgreementId agreement, PartnerId partner, CommitmentKind kind, BigDecimal quantity,
		String unit, CommitmentPeriod period, AreaId area, String description) {
}
