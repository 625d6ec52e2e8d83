package it.mestieri.shared;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.http.HttpStatus;

/** Reading an uploaded file that has a size limit of its own, below the servlet's. */
public final class Uploads {

	private Uploads() {
	}

	/**
	 * Reads at most {@code maxBytes} of an upload; more is refused with 413 and the given
	 * message. A body declared far larger is refused before reading; one just over the
	 * limit is read up to it, so that the answer reaches a client still sending.
	 */
	public static byte[] readAtMost(InputStream in, long declaredLength, int maxBytes, String messageKey,
			Object... arguments) throws IOException {
		if (declaredLength > 2L * maxBytes) {
			throw new DomainException(HttpStatus.PAYLOAD_TOO_LARGE, messageKey, arguments);
		}
		byte[] bytes = in.readNBytes(maxBytes + 1);
		if (bytes.length > maxBytes) {
			throw new DomainException(HttpStatus.PAYLOAD_TOO_LARGE, messageKey, arguments);
		}
		return bytes;
	}

}
