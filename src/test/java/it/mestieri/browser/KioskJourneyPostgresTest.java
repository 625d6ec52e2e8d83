package it.mestieri.browser;

import it.mestieri.testing.PostgresTest;

/** The kiosk journeys with the application on PostgreSQL. */
@PostgresTest
class KioskJourneyPostgresTest extends KioskJourneyTest {

}
