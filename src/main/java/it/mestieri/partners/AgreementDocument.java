package it.mestieri.partners;

import java.time.Instant;

/**
 * A PDF attached to an agreement (the signed text, an annex); the file itself stays on
 * the server's disk.
 */
public record AgreementDocument(long id, AgreementId agreement, String fileName, String contentType, long size,
		String sha256, Instant uploadedAt) {
}
