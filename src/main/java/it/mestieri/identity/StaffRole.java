package it.mestieri.identity;

/** What a member of staff may do; an account may hold several roles. */
public enum StaffRole {
	RECEPTION, COUNSELLOR, CASE_WORKER, COORDINATOR, ADMIN;

	public String authority() {
		return "ROLE_" + name();
	}
}
