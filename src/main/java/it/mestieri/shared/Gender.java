package it.mestieri.shared;

/**
 * Gender, as the visitor states it. Every band has NOT_STATED: answering is always
 * optional.
 */
public enum Gender {

	WOMAN, MAN, OTHER, NOT_STATED;

	/** The message key of this band's label. */
	public String messageKey() {
		return "band.Gender." + name();
	}

}
