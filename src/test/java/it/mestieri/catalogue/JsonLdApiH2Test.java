package it.mestieri.catalogue;

/** JSON-LD export and import, on the embedded H2 database. */
class JsonLdApiH2Test extends JsonLdApiTests {

}
