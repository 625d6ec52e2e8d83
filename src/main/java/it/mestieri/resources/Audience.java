package it.mestieri.resources;

/** Whom a document is meant for. */
enum Audience {

	EVERYONE, YOUNG_PEOPLE, ADULTS, WOMEN, MIGRANTS, STUDENTS, ENTREPRENEURS, OTHER

}
