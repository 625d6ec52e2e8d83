package it.mestieri.identity;

/**
 * What a member of staff may do; an account may hold several roles. A partner coordinator
 * coordinates the counsellors of one partner organisation (the one the account belongs
 * to) and sees only that partner's details beside the centre's totals.
 */
public enum StaffRole {

	RECEPTION, COUNSELLOR, CASE_WORKER, COORDINATOR, PARTNER_COORDINATOR, ADMIN;

	public String authority() {
		return "ROLE_" + name();
	}

}
