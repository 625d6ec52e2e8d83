package it.mestieri.resources;

/** The contract a job offer proposes. */
enum ContractType {
	PERMANENT, FIXED_TERM, APPRENTICESHIP, INTERNSHIP, TEMPORARY, SELF_EMPLOYED, OTHER
}
