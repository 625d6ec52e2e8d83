package it.mestieri.reception;

/** Typed identifier of a walk-in visit. */
public record VisitId(long value) {
}
