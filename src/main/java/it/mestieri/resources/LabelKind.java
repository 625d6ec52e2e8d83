package it.mestieri.resources;

/**
 * How an ESCO label names its concept: the preferred one is shown, hidden ones are only
 * searched.
 */
enum LabelKind {

	PREFERRED, ALTERNATIVE, HIDDEN

}
