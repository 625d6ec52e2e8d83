package it.mestieri.identity;

/** Typed identifier of a staff account. */
public record StaffId(long value) {
}
