package it.mestieri.rota;

import java.util.Optional;

import it.mestieri.identity.StaffId;
import it.mestieri.partners.PartnerId;

/**
 * A counsellor on a shift, with the partner organisation that seconds them (null partner
 * when the counsellor no longer belongs to one). {@code namePublic} is their consent to
 * be named in public.
 */
public record OnDuty(StaffId counsellor, String name, PartnerId partner, String partnerName, boolean namePublic) {

	/** The name to show the public: only with the counsellor's consent. */
	public Optional<String> publicName() {
		return namePublic ? Optional.of(name) : Optional.empty();
	}
}
