package it.mestieri.browser;

import it.mestieri.testing.PostgresTest;

/** The board journey with the application on PostgreSQL. */
@PostgresTest
class BoardJourneyPostgresTest extends BoardJourneyTest {

}
