package it.mestieri.partners;

/**
 * What kind of body a partner is; the label's charter asks for every kind to be welcome.
 */
public enum PartnerKind {

	LOCAL_INSTITUTION, SCHOOL_OR_UNIVERSITY, EMPLOYERS_ORGANISATION, WORKERS_ORGANISATION, TRAINING_OR_GUIDANCE_BODY,
	EMPLOYMENT_AGENCY, FOUNDATION, BANK, ASSOCIATION, SOCIAL_COOPERATIVE, MEDIA, HEALTH_AUTHORITY, OTHER

}
