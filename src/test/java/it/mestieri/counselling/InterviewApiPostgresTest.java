package it.mestieri.counselling;

import it.mestieri.testing.PostgresTest;

/** The interview record API on PostgreSQL. */
@PostgresTest
class InterviewApiPostgresTest extends InterviewApiTests {

}
