package it.mestieri.shared;

/**
 * Highest education level, in ISCED 2011 groups. Every band has NOT_STATED: answering is
 * always optional.
 */
public enum EducationLevel {

	ISCED_0_2, ISCED_3, ISCED_4, ISCED_5_8, NOT_STATED;

	/** The message key of this band's label. */
	public String messageKey() {
		return "band.EducationLevel." + name();
	}

}
