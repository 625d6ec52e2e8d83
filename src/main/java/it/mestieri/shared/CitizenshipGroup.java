package it.mestieri.shared;

/** Citizenship group. Every band has NOT_STATED: answering is always optional. */
public enum CitizenshipGroup {

	ITALIAN, OTHER_EU, NON_EU, NOT_STATED;

	/** The message key of this band's label. */
	public String messageKey() {
		return "band.CitizenshipGroup." + name();
	}

}
