package it.mestieri.browser;

import it.mestieri.testing.PostgresTest;

/** The desk journey with the application on PostgreSQL. */
@PostgresTest
class DeskJourneyPostgresTest extends DeskJourneyTest {

}
