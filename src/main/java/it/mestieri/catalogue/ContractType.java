package it.mestieri.catalogue;

/**
 * The contract a job offer proposes. The search index holds each one's position: add new
 * ones at the end; reordering them is a change of the mapping (the search mapping's
 * VERSION).
 */
public enum ContractType {

	PERMANENT, FIXED_TERM, APPRENTICESHIP, INTERNSHIP, TEMPORARY, SELF_EMPLOYED, OTHER

}
