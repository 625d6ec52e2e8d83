package it.mestieri.partners;

/** Typed identifier of an agreement (protocollo d'intesa). */
public record AgreementId(long value) {
}
