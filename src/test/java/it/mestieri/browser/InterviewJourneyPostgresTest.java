package it.mestieri.browser;

import it.mestieri.testing.PostgresTest;

/** The interview journey with the application on PostgreSQL. */
@PostgresTest
class InterviewJourneyPostgresTest extends InterviewJourneyTest {

}
