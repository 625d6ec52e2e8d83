package it.mestieri.catalogue;

/** The kinds of item the coordinator keeps in the catalogue. */
public enum CatalogueKind {

	COURSE, JOB_OFFER, DOCUMENT, GUIDE

}
