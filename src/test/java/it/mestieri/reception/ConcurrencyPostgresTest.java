package it.mestieri.reception;

import it.mestieri.testing.PostgresTest;

/** Many people at once, on PostgreSQL. */
@PostgresTest
class ConcurrencyPostgresTest extends ConcurrencyTests {

}
