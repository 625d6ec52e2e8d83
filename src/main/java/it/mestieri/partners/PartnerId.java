package it.mestieri.partners;

/** Typed identifier of a partner organisation. */
public record PartnerId(long value) {
}
