package it.mestieri.counselling;

/** The interview record API on the embedded H2 database. */
class InterviewApiH2Test extends InterviewApiTests {

}
