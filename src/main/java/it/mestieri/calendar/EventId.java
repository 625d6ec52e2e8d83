package it.mestieri.calendar;

/** Typed identifier of an event of the calendar. */
public record EventId(long value) {
}
