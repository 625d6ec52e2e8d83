package it.mestieri.calendar;

import it.mestieri.testing.PostgresTest;

/** The events calendar over the API, on PostgreSQL. */
@PostgresTest
class EventsApiPostgresTest extends EventsApiTests {

}
