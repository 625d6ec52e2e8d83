package it.mestieri.centre;

/**
 * Typed identifier, so that modules refer to each other's data by id and never by entity.
 */
public record DeskId(long value) {
}
