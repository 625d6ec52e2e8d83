package it.mestieri.reception;

import it.mestieri.testing.PostgresTest;

/** Closing the day on PostgreSQL. */
@PostgresTest
class EndOfDayPostgresTest extends EndOfDayTests {

}
