package it.mestieri.browser;

import it.mestieri.testing.PostgresTest;

/** The reception journey with the application on PostgreSQL. */
@PostgresTest
class ReceptionJourneyPostgresTest extends ReceptionJourneyTest {

}
