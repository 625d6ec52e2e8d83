package it.mestieri.partners;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

import it.mestieri.shared.DomainException;

/**
 * Agreement documents on disk, in {@code mestieri.storage.directory} (outside anything
 * the web server serves), each under a random name: what a user called the file never
 * reaches the file system. Only PDF files are kept, up to
 * {@code mestieri.partners.max-document-size}.
 */
@Component
class DocumentStore {

	private static final byte[] PDF_MAGIC = "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

	private static final Pattern STORAGE_NAME = Pattern.compile("[0-9a-f]{32}\\.pdf");

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Path directory;

	private final DataSize maxSize;

	DocumentStore(@Value("${mestieri.storage.directory:./data/documents}") Path directory,
			@Value("${mestieri.partners.max-document-size:10MB}") DataSize maxSize) {
		this.directory = directory.toAbsolutePath().normalize();
		this.maxSize = maxSize;
	}

	/** A file written to disk: its random name, size and SHA-256. */
	record Stored(String storageName, long size, String sha256) {
	}

	Path directory() {
		return directory;
	}

	/**
	 * Writes the content under a new random name, refusing it (and keeping nothing) when
	 * it is larger than the limit or does not begin as a PDF file does.
	 */
	Stored store(InputStream content) {
		try {
			Files.createDirectories(directory);
			String name = HexFormat.of().formatHex(randomBytes()) + ".pdf";
			Path temporary = Files.createTempFile(directory, "upload-", ".part");
			try {
				Stored stored = copy(content, temporary, name);
				Files.move(temporary, directory.resolve(name), StandardCopyOption.ATOMIC_MOVE);
				return stored;
			}
			finally {
				Files.deleteIfExists(temporary);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot store a document in " + directory, ex);
		}
	}

	private Stored copy(InputStream content, Path target, String name) throws IOException {
		MessageDigest sha256 = sha256();
		long limit = maxSize.toBytes();
		long size = 0;
		byte[] head = new byte[PDF_MAGIC.length];
		int headLength = 0;
		byte[] buffer = new byte[64 * 1024];
		try (OutputStream out = Files.newOutputStream(target)) {
			int read;
			while ((read = content.read(buffer)) != -1) {
				size += read;
				if (size > limit) {
					throw tooLarge();
				}
				int copied = Math.min(read, head.length - headLength);
				System.arraycopy(buffer, 0, head, headLength, Math.max(copied, 0));
				headLength += Math.max(copied, 0);
				if (headLength == head.length && !java.util.Arrays.equals(head, PDF_MAGIC)) {
					throw notPdf();
				}
				sha256.update(buffer, 0, read);
				out.write(buffer, 0, read);
			}
		}
		if (headLength < head.length) {
			throw notPdf();
		}
		return new Stored(name, size, HexFormat.of().formatHex(sha256.digest()));
	}

	Resource open(String storageName) {
		if (!STORAGE_NAME.matcher(storageName).matches()) {
			throw new IllegalStateException("Not a storage name: " + storageName);
		}
		Path file = directory.resolve(storageName);
		if (!Files.isRegularFile(file)) {
			throw DomainException.notFound("partners.document.missing");
		}
		return new FileSystemResource(file);
	}

	void delete(String storageName) {
		if (STORAGE_NAME.matcher(storageName).matches()) {
			try {
				Files.deleteIfExists(directory.resolve(storageName));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	DomainException tooLarge() {
		return new DomainException(HttpStatus.PAYLOAD_TOO_LARGE, "partners.document.tooLarge", limitText());
	}

	/** The limit as people say it: "10 MB", "512 kB". */
	String limitText() {
		long bytes = maxSize.toBytes();
		return bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB"
				: Math.max(1, bytes / 1024) + " kB";
	}

	static DomainException notPdf() {
		return new DomainException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "partners.document.notPdf");
	}

	private static byte[] randomBytes() {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		return bytes;
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
