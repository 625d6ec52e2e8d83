package it.mestieri.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * Where the PostgreSQL tests run: {@code MESTIERI_TEST_POSTGRES_URL} (for example
 * {@code jdbc:postgresql://127.0.0.1:5432/test}), {@code MESTIERI_TEST_POSTGRES_USER}
 * (default {@code postgres}) and {@code MESTIERI_TEST_POSTGRES_PASSWORD} (default empty).
 * The tests work in a schema of their own, {@code MESTIERI_TEST_POSTGRES_SCHEMA} (default
 * {@code mestieri_test}, so that two checkouts can test side by side; each further test
 * JVM of the build adds its number, {@code mestieri_test_2}), dropped and created anew
 * once per JVM.
 */
public record PostgresSettings(String url, String user, String password) {

	public static final String URL_VARIABLE = "MESTIERI_TEST_POSTGRES_URL";

	public static final String USER_VARIABLE = "MESTIERI_TEST_POSTGRES_USER";

	public static final String PASSWORD_VARIABLE = "MESTIERI_TEST_POSTGRES_PASSWORD";

	public static final String SCHEMA = System.getenv().getOrDefault("MESTIERI_TEST_POSTGRES_SCHEMA", "mestieri_test")
			+ TestFork.suffix("_");

	static final String HOW_TO_ENABLE = "set " + URL_VARIABLE + "=jdbc:postgresql://127.0.0.1:5432/test (and "
			+ USER_VARIABLE + ", default 'postgres', if needed) to run them against a PostgreSQL server";

	private static boolean schemaCreated;

	public static Optional<PostgresSettings> fromEnvironment() {
		String url = System.getenv(URL_VARIABLE);
		if (url == null || url.isBlank()) {
			return Optional.empty();
		}
		return Optional
			.of(new PostgresSettings(url.trim(), valueOr(USER_VARIABLE, "postgres"), valueOr(PASSWORD_VARIABLE, "")));
	}

	/**
	 * The URL the application uses: the server's, with the test schema as the current
	 * schema.
	 */
	public String applicationUrl() {
		return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
	}

	/** Drops and creates the test schema, the first time it is called in this JVM. */
	public void freshSchemaOncePerJvm() {
		synchronized (PostgresSettings.class) {
			if (schemaCreated) {
				return;
			}
			try (Connection connection = DriverManager.getConnection(url, user, password);
					Statement statement = connection.createStatement()) {
				statement.execute("drop schema if exists " + SCHEMA + " cascade");
				statement.execute("create schema " + SCHEMA);
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Cannot prepare the PostgreSQL test schema " + SCHEMA + " at " + url
						+ " as user " + user + ": " + ex.getMessage(), ex);
			}
			schemaCreated = true;
		}
	}

	private static String valueOr(String variable, String fallback) {
		String value = System.getenv(variable);
		return value == null || value.isBlank() ? fallback : value.trim();
	}
}
