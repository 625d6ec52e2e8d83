package it.mestieri.reception;

/** The walk-in API on the embedded H2 database. */
class ReceptionApiH2Test extends ReceptionApiTests {

}
