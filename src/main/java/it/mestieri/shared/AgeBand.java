package it.mestieri.shared;

/**
 * Age band aligned with ISTAT and Eurostat tables. Every band has NOT_STATED: answering
 * is always optional.
 */
public enum AgeBand {

	UNDER_18, FROM_18_TO_24, FROM_25_TO_29, FROM_30_TO_39, FROM_40_TO_49, FROM_50_TO_64, FROM_65, NOT_STATED;

	/** The message key of this band's label. */
	public String messageKey() {
		return "band.AgeBand." + name();
	}

}
