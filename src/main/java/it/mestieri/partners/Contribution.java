package it.mestieri.partners;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import it.mestieri.identity.StaffId;

/**
 * A resource a partner actually delivered (money, documentation, premises, other), as the
 * coordinator recorded it; {@code agreement} is the agreement it counts towards, if any.
 */
public record Contribution(long id, PartnerId partner, CommitmentKind kind, BigDecimal quantity, String unit,
		LocalDate deliveredOn, AgreementId agreement, String note, StaffId recordedBy, Instant recordedAt) {
}
