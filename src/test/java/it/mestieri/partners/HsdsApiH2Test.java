package it.mestieri.partners;

/** The HSDS export and import on the embedded H2 database. */
class HsdsApiH2Test extends HsdsApiTests {

}
