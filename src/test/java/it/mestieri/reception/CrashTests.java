package it.mestieri.reception;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import it.mestieri.MestieriApplication;

/**
 * No acknowledged check-in is lost on a crash: the application runs in a child JVM, eight
 * receptions check visitors in as fast as they can, the JVM is killed ({@code kill -9})
 * in the middle, and every visit answered with 201 must be in the database afterwards.
 */
abstract class CrashTests {

	private static final String PASSWORD = "crash-test-password";

	private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

	@TempDir
	Path folder;

	/** The datasource settings of the child application, as command-line arguments. */
	abstract List<String> database() throws Exception;

	/** The ids of the visits in the database, read after the child died. */
	abstract Set<Long> visitsInTheDatabase() throws SQLException;

	@Test
	void everyAcknowledgedCheckInSurvivesAKillOfTheApplication() throws Exception {
		int port = freePort();
		Process application = start(port);
		Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
		try {
			waitUntilUp(port, application);
			AtomicBoolean killed = new AtomicBoolean();
			ExecutorService receptions = Executors.newFixedThreadPool(8);
			for (int reception = 0; reception < 8; reception++) {
				receptions.submit(() -> checkInUntilKilled(port, acknowledged, killed));
			}
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
			while (acknowledged.size() < 400 && System.nanoTime() < deadline) {
				Thread.sleep(20);
			}
			application.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
			killed.set(true);
			receptions.shutdown();
			assertThat(receptions.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
		}
		finally {
			application.destroyForcibly();
		}

		assertThat(acknowledged).as("check-ins answered 201 before the kill").hasSizeGreaterThanOrEqualTo(100);
		Set<Long> saved = visitsInTheDatabase();
		Set<Long> lost = new HashSet<>(acknowledged);
		lost.removeAll(saved);
		assertThat(lost).as("acknowledged check-ins missing after the kill, of " + acknowledged.size()).isEmpty();
	}

	private Process start(int port) throws Exception {
		List<String> command = new ArrayList<>(List.of(
				Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
				"-XX:TieredStopAtLevel=1", "-cp", applicationClasspath(), MestieriApplication.class.getName(),
				"--server.port=" + port, "--mestieri.demo=true", "--mestieri.demo-password=" + PASSWORD,
				"--mestieri.resources.load-bundled-classification=false", "--mestieri.reception.close-day-cron=-",
				"--mestieri.search.index-directory=" + folder.resolve("index"),
				"--mestieri.storage.directory=" + folder.resolve("documents"), "--spring.main.banner-mode=off",
				"--logging.level.root=WARN"));
		command.addAll(database());
		return new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(folder.resolve("application.log").toFile())
			.start();
	}

	/** The application's classpath: the test's, less the test classes and resources. */
	private static String applicationClasspath() {
		return String.join(File.pathSeparator,
				Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
					.filter(entry -> !entry.endsWith("test-classes"))
					.toList());
	}

	private void waitUntilUp(int port, Process application) throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		while (System.nanoTime() < deadline) {
			if (!application.isAlive()) {
				throw new IllegalStateException(
						"The application stopped: " + Files.readString(folder.resolve("application.log")));
			}
			try {
				HttpResponse<String> health = client
					.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
						.GET()
						.build(), HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(250);
		}
		throw new IllegalStateException(
				"The application did not start in 120 s: " + Files.readString(folder.resolve("application.log")));
	}

	private static void checkInUntilKilled(int port, Set<Long> acknowledged, AtomicBoolean killed) {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		String basic = "Basic "
				+ Base64.getEncoder().encodeToString(("reception:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpRequest checkIn = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/visits"))
			.timeout(Duration.ofSeconds(10))
			.header("Authorization", basic)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"area\":\"LAVORO\"}"))
			.build();
		for (int attempt = 0; attempt < 100_000 && !killed.get(); attempt++) {
			try {
				HttpResponse<String> answer = client.send(checkIn, HttpResponse.BodyHandlers.ofString());
				Matcher id = ID.matcher(answer.body());
				if (answer.statusCode() == 201 && id.find()) {
					acknowledged.add(Long.parseLong(id.group(1)));
				}
			}
			catch (IOException ex) {
				return;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	static Set<Long> ids(Connection connection, String table) throws SQLException {
		Set<Long> ids = new HashSet<>();
		try (connection; ResultSet rows = connection.createStatement().executeQuery("select id from " + table)) {
			while (rows.next()) {
				ids.add(rows.getLong(1));
			}
		}
		return ids;
	}

	/**
	 * The embedded database's URL as the application's defaults set it, moved to this
	 * folder.
	 */
	static String defaultH2Url(Path file) throws IOException {
		Properties defaults = new Properties();
		try (InputStream in = MestieriApplication.class.getResourceAsStream("/application.properties")) {
			defaults.load(in);
		}
		return defaults.getProperty("spring.datasource.url").replace("./data/mestieri", file.toString());
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	static Connection h2(String url) throws SQLException {
		return DriverManager.getConnection(url, "sa", "");
	}

}
