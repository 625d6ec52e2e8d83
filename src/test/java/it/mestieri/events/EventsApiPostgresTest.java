package it.mestieri.events;

import it.mestieri.testing.PostgresTest;

/** The events calendar over the API, on PostgreSQL. */
@PostgresTest
class EventsApiPostgresTest extends EventsApiTests {

}
