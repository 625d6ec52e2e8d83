package it.mestieri.testing;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.util.FileSystemUtils;

/**
 * A real OpenSearch node on loopback for the tests of the Elasticsearch backend, started
 * once per test JVM in a child JVM ({@link OpenSearchNode}) on this classpath, with
 * Log4j's own implementation instead of the bridge to SLF4J (OpenSearch sets log levels
 * through Log4j's core). Its data lives in a temporary folder removed at the end; its
 * output goes to {@code target/opensearch-test-node.log}.
 */
public final class LocalOpenSearch {

	private static final long START_TIMEOUT_SECONDS = 90;

	private static String uri;

	private static RuntimeException failure;

	private LocalOpenSearch() {
	}

	/** The node's HTTP address, starting the node the first time. */
	public static synchronized String uri() {
		if (uri == null && failure == null) {
			try {
				uri = start();
			}
			catch (Exception ex) {
				failure = new IllegalStateException("Cannot start the OpenSearch test node: " + ex.getMessage(), ex);
			}
		}
		if (failure != null) {
			throw failure;
		}
		return uri;
	}

	private static String start() throws IOException, InterruptedException {
		long started = System.nanoTime();
		Path home = Files.createTempDirectory("mestieri-opensearch");
		Path log = lib().resolveSibling("opensearch-test-node" + TestFork.suffix("-") + ".log");
		Files.deleteIfExists(log);
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		List<String> command = List.of(java.toString(), "-Xms512m", "-Xmx512m", "-XX:+UseSerialGC",
				"-XX:TieredStopAtLevel=1", "-Dlog4j2.level=WARN", "-cp", classpath(), OpenSearchNode.class.getName(),
				home.toString());
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			process.destroy();
			try {
				process.waitFor(20, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			FileSystemUtils.deleteRecursively(home.toFile());
		}, "opensearch-test-node-stop"));
		List<String> output = new ArrayList<>();
		CompletableFuture<Integer> port = CompletableFuture.supplyAsync(() -> readPort(process, output, log));
		try {
			String address = "http://127.0.0.1:" + port.get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
			append(log,
					"Test node at " + address + ", started in " + (System.nanoTime() - started) / 1_000_000 + " ms");
			return address;
		}
		catch (ExecutionException | TimeoutException ex) {
			process.destroyForcibly();
			String tail;
			synchronized (output) {
				tail = output.stream().skip(Math.max(0, output.size() - 30)).collect(Collectors.joining("\n"));
			}
			throw new IllegalStateException("no port after " + START_TIMEOUT_SECONDS + " s (exit "
					+ (process.isAlive() ? "none" : process.exitValue()) + "), last output:\n" + tail, ex);
		}
	}

	/**
	 * Reads the child's output until it says its port; all of it goes to the log file.
	 */
	private static int readPort(Process process, List<String> output, Path log) {
		BufferedReader reader = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		try {
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.startsWith(OpenSearchNode.READY)) {
					Thread drain = new Thread(() -> reader.lines().forEach(rest -> append(log, rest)),
							"opensearch-test-node-output");
					drain.setDaemon(true);
					drain.start();
					return Integer.parseInt(line.substring(OpenSearchNode.READY.length()).strip());
				}
				synchronized (output) {
					output.add(line);
				}
				append(log, line);
			}
			throw new IllegalStateException("the node's process ended");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Path lib() {
		return Path.of(System.getProperty("mestieri.opensearch.lib", "target/opensearch-lib"));
	}

	private static void append(Path log, String line) {
		try {
			Files.writeString(log, line + System.lineSeparator(), StandardCharsets.UTF_8,
					java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			// The log is only a help for a failing start.
		}
	}

	/**
	 * This JVM's classpath without the Log4j-to-SLF4J bridge, plus Log4j's core, which
	 * the build copies to {@code target/opensearch-lib} (system property
	 * {@code mestieri.opensearch.lib}).
	 */
	private static String classpath() throws IOException {
		Path lib = lib();
		List<String> core;
		try (Stream<Path> files = Files.list(lib)) {
			core = files.map(Path::toString).filter(name -> name.endsWith(".jar")).toList();
		}
		if (core.isEmpty()) {
			throw new IOException("No Log4j core in " + lib + ": run the build (./mvnw test-compile) first");
		}
		List<String> entries = new ArrayList<>(
				Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
					.filter(entry -> !Path.of(entry).getFileName().toString().startsWith("log4j-to-slf4j"))
					.toList());
		entries.addAll(core);
		return String.join(File.pathSeparator, entries);
	}

}
