package it.mestieri.partners;

import it.mestieri.testing.PostgresTest;

/** Agreements, documents and contributions over the API, on PostgreSQL. */
@PostgresTest
class AgreementsApiPostgresTest extends AgreementsApiTests {

}
