package it.mestieri.resources;

/** What a document of the library is. */
enum DocumentKind {

	BOOK, LEAFLET, VIDEO, AUDIO, WEBSITE, SOFTWARE, GUIDE, OTHER

}
