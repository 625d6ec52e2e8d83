package it.mestieri.partners;

/** Agreements, documents and contributions over the API, on the embedded H2 database. */
class AgreementsApiH2Test extends AgreementsApiTests {

}
