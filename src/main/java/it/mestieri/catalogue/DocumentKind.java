package it.mestieri.catalogue;

/** What a document of the library is. */
public enum DocumentKind {

	BOOK, LEAFLET, VIDEO, AUDIO, WEBSITE, SOFTWARE, GUIDE, OTHER

}
