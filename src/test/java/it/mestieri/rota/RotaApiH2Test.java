package it.mestieri.rota;

/** The rota API on the embedded H2 database. */
class RotaApiH2Test extends RotaApiTests {

}
