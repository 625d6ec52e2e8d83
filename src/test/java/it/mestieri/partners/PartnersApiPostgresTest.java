package it.mestieri.partners;

import it.mestieri.testing.PostgresTest;

/** The partners API on PostgreSQL. */
@PostgresTest
class PartnersApiPostgresTest extends PartnersApiTests {

}
