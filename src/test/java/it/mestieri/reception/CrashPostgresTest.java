package it.mestieri.reception;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;

import it.mestieri.testing.PostgresSettings;
import it.mestieri.testing.PostgresTest;

/** A kill during check-ins on PostgreSQL, in a schema of its own. */
@PostgresTest
class CrashPostgresTest extends CrashTests {

	private static final String SCHEMA = PostgresSettings.SCHEMA + "_crash";

	private final PostgresSettings settings = PostgresSettings.fromEnvironment().orElseThrow();

	@Override
	List<String> database() throws Exception {
		try (var connection = DriverManager.getConnection(settings.url(), settings.user(), settings.password());
				Statement statement = connection.createStatement()) {
			statement.execute("drop schema if exists " + SCHEMA + " cascade");
			statement.execute("create schema " + SCHEMA);
		}
		String url = settings.url() + (settings.url().contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
		return List.of("--spring.datasource.url=" + url, "--spring.datasource.username=" + settings.user(),
				"--spring.datasource.password=" + settings.password(), "--spring.flyway.schemas=" + SCHEMA,
				"--spring.flyway.default-schema=" + SCHEMA);
	}

	@Override
	Set<Long> visitsInTheDatabase() throws SQLException {
		return ids(DriverManager.getConnection(settings.url(), settings.user(), settings.password()),
				SCHEMA + ".reception_visit");
	}

}
