package it.mestieri.counselling;

/** Typed identifier of an interview record. */
public record InterviewId(long value) {
}
