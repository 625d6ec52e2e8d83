package it.mestieri.shared;

/**
 * Occupational status as the visitor states it. Every band has NOT_STATED: answering is
 * always optional.
 */
public enum OccupationalStatus {

	EMPLOYED, SELF_EMPLOYED, UNEMPLOYED, STUDENT, INACTIVE, RETIRED, NOT_STATED;

	/** The message key of this band's label. */
	public String messageKey() {
		return "band.OccupationalStatus." + name();
	}

}
