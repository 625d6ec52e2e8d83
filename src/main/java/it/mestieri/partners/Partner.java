package it.mestieri.partners;

import java.time.LocalDate;
import java.util.Set;

import it.mestieri.centre.AreaId;

/**
 * A partner organisation as the rest of the application sees it. {@code activeTo} is null
 * while the partnership lasts; {@code version} moves on at every change of these details,
 * for optimistic locking.
 */
public record Partner(PartnerId id, String name, PartnerKind kind, String website, String email, String phone,
		Set<AreaId> areas, LocalDate activeFrom, LocalDate activeTo, long version) {

	public boolean activeOn(LocalDate day) {
		return !day.isBefore(activeFrom) && (activeTo == null || !day.isAfter(activeTo));
	}
}
