package it.mestieri.counselling;

import it.mestieri.centre.AreaId;
import it.mestieri.partners.PartnerId;

/**
 * Interviews held in a period by the counsellors of one partner in one area, and their
 * minutes. {@code partner} is null for counsellors who belonged to no partner.
 */
public record PartnerInterviews(PartnerId partner, AreaId area, long interviews, long minutes) {
}
