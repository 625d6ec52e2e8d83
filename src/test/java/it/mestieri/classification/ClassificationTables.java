package it.mestieri.classification;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The classification tables of the tests: emptied after each test, the search index with
 * them.
 */
public final class ClassificationTables {

	static final List<String> TABLES = List.of("resources_occupation_cp2011", "resources_cp2011",
			"resources_occupation_skill", "resources_description", "resources_label", "resources_occupation",
			"resources_skill", "resources_isco_group", "resources_classification_import");

	private ClassificationTables() {
	}

	/**
	 * Empties the tables, and the occupations' search index with them (once they are
	 * indexed).
	 */
	public static void clear(JdbcClient jdbc, jakarta.persistence.EntityManagerFactory entityManagerFactory) {
		clear(jdbc);
		var mapping = org.hibernate.search.mapper.orm.Search.mapping(entityManagerFactory);
		if (mapping.allIndexedEntities().stream().anyMatch(entity -> entity.javaClass() == Occupation.class)) {
			mapping.scope(Occupation.class).workspace().purge();
		}
	}

	/** Empties the tables alone, in a context without the search (a module test). */
	static void clear(JdbcClient jdbc) {
		for (String table : TABLES) {
			jdbc.sql("delete from " + table).update();
		}
	}

	/** A fixture file under src/test/resources/esco. */
	static byte[] fixture(String path) {
		try (InputStream in = ClassificationTables.class.getResourceAsStream("/esco/" + path)) {
			if (in == null) {
				throw new IllegalArgumentException("No fixture " + path);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A zip of fixture files, each under {@code folder} (none when empty). */
	static byte[] zip(String folder, String... paths) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			if (!folder.isEmpty()) {
				zip.putNextEntry(new ZipEntry(folder + "/"));
				zip.closeEntry();
			}
			for (String path : paths) {
				zip.putNextEntry(new ZipEntry(
						(folder.isEmpty() ? "" : folder + "/") + path.substring(path.lastIndexOf('/') + 1)));
				zip.write(fixture(path));
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/** A zip of the given files and contents, each under {@code folder}. */
	static byte[] zip(String folder, java.util.Map<String, String> files) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (var file : new java.util.TreeMap<>(files).entrySet()) {
				zip.putNextEntry(new ZipEntry(folder + "/" + file.getKey()));
				zip.write(file.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/**
	 * A zip of one file: a header and then that many bytes of empty lines, which deflate
	 * to almost nothing.
	 */
	static byte[] zipOfEmptyLines(String name, String header, long bytes) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry(name));
			zip.write(header.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			byte[] lines = new byte[1024 * 1024];
			java.util.Arrays.fill(lines, (byte) '\n');
			for (long written = 0; written < bytes; written += lines.length) {
				zip.write(lines);
			}
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
