package it.mestieri.classification;

/**
 * How an ESCO label names its concept: the preferred one is shown, hidden ones are only
 * searched.
 */
public enum LabelKind {

	PREFERRED, ALTERNATIVE, HIDDEN

}
