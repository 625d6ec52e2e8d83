package it.mestieri.calendar;

/** The events calendar over the API, on the embedded H2 database. */
class EventsApiH2Test extends EventsApiTests {

}
