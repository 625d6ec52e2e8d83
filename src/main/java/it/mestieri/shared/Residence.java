package it.mestieri.shared;

/**
 * Where the visitor lives; MUNICIPIO comes with the municipio valid on the visit date.
 * Every band has NOT_STATED: answering is always optional.
 */
public enum Residence {

	MUNICIPIO, METRO_AREA, ELSEWHERE, NOT_STATED;

	/** The message key of this band's label. */
	public String messageKey() {
		return "band.Residence." + name();
	}

}
