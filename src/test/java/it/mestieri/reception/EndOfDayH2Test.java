package it.mestieri.reception;

/** Closing the day on the embedded H2 database. */
class EndOfDayH2Test extends EndOfDayTests {

}
