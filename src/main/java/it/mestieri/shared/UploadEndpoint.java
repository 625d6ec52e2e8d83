package it.mestieri.shared;

import java.util.List;

import org.springframework.util.unit.DataSize;

/**
 * Addresses that take a multipart upload, the most they take, and the message (a key
 * whose one argument is the limit, as "10 MB") that refuses more. A module that takes
 * uploads declares its own as beans; every other address refuses a multipart body unread
 * ({@link UploadGate}).
 *
 * @param patterns path patterns, as {@code /api/v1/agreements/{id}/documents}
 */
public record UploadEndpoint(List<String> patterns, DataSize limit, String tooLargeKey) {

	public static UploadEndpoint of(DataSize limit, String tooLargeKey, String... patterns) {
		return new UploadEndpoint(List.of(patterns), limit, tooLargeKey);
	}

	/** The limit as people read it: "10 MB", "200 kB". */
	public String limitText() {
		long bytes = limit.toBytes();
		return bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB"
				: Math.max(1, bytes / 1024) + " kB";
	}
}
