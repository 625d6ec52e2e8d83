package it.mestieri.reception;

/** Many people at once, on the embedded H2 database. */
class ConcurrencyH2Test extends ConcurrencyTests {

}
