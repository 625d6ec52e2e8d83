package it.mestieri.search;

/** The search API on the embedded H2 database. */
class SearchApiH2Test extends SearchApiTests {

}
