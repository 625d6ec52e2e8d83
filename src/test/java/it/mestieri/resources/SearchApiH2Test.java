package it.mestieri.resources;

/** The search API on the embedded H2 database. */
class SearchApiH2Test extends SearchApiTests {

}
