package it.mestieri.reception;

/** Where a visitor was referred to; a category, never a name or free text. */
public enum ReferralDestination {

	PARTNER_SERVICE, COURSE, JOB_OFFER, EVENT, INCLUSION_TRACK, EXTERNAL_BODY

}
