package it.mestieri.classification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.core.io.ClassPathResource;

/**
 * One file given to a classification import: an upload (kept in a temporary file) or a
 * bundled resource.
 */
record PackageFile(String name, long size, Opener opener) {

	@FunctionalInterface
	interface Opener {

		InputStream open() throws IOException;

	}

	InputStream open() throws IOException {
		return opener.open();
	}

	static PackageFile of(Path path, String name) {
		try {
			return new PackageFile(name, Files.size(path), () -> Files.newInputStream(path));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static PackageFile classpath(String location) {
		ClassPathResource resource = new ClassPathResource(location);
		try {
			return new PackageFile(resource.getFilename(), resource.contentLength(), resource::getInputStream);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Missing bundled classification file " + location, ex);
		}
	}
}
