package it.mestieri.catalogue;

/** The catalogue over the API, on the embedded H2 database. */
class CatalogueApiH2Test extends CatalogueApiTests {

}
