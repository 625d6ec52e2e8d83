package it.mestieri.rota;

/** Typed identifier of a weekly shift of the rota. */
public record ShiftId(long value) {
}
