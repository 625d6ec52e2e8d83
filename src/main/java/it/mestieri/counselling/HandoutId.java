package it.mestieri.counselling;

/** Typed identifier of a resource a counsellor may hand over. */
public record HandoutId(long value) {
}
