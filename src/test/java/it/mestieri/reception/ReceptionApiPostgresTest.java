package it.mestieri.reception;

import it.mestieri.testing.PostgresTest;

/** The walk-in API on PostgreSQL. */
@PostgresTest
class ReceptionApiPostgresTest extends ReceptionApiTests {

}
