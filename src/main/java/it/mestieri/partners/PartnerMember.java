package it.mestieri.partners;

import it.mestieri.identity.StaffId;

/**
 * A member of staff seconded by a partner; {@code namePublic} is the counsellor's consent
 * to be named on the public duty page (otherwise only the organisation is shown).
 */
public record PartnerMember(StaffId staff, PartnerId partner, boolean namePublic) {
}
