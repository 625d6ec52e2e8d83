package it.mestieri.partners;

/** The partners API on the embedded H2 database. */
class PartnersApiH2Test extends PartnersApiTests {

}
