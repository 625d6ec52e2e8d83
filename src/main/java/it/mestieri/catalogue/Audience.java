package it.mestieri.catalogue;

/** Whom a document is meant for. */
public enum Audience {

	EVERYONE, YOUNG_PEOPLE, ADULTS, WOMEN, MIGRANTS, STUDENTS, ENTREPRENEURS, OTHER

}
