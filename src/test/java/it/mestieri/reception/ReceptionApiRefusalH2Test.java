package it.mestieri.reception;

/** Refused requests on the embedded H2 database. */
class ReceptionApiRefusalH2Test extends ReceptionApiRefusalTests {

}
