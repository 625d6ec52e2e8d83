import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Search latency under load: N closed-loop clients (16 by default) send the queries of the
 * evaluation set (bench/out/queries.tsv, every family mixed, in a fixed shuffled order) for a
 * fixed time after a warm-up, and the driver reports p50/p95/p99/max and throughput.
 * {@code --target http}: {@code GET /api/v1/search?q=…&size=10} over HTTP, all kinds (facets,
 * total and highlighted snippets included, as the page gets them). {@code --target postgres}:
 * the ten best rows of PostgreSQL full-text search over the same occupations, offers and courses
 * (table bench_fts_all of bench/search/fts.sql), one JDBC connection per client.
 * With {@code --server-pid}, the CPU time the server and the driver spent per request in the
 * measured window is printed too: on two shared cores it moves less than latency from run to run,
 * and it shows what the driver takes from the server.
 * A single Java 17 source file, run by bench/search/run.sh; only targets 127.0.0.1.
 */
public class SearchLoad {

	public static void main(String[] args) throws Exception {
		// One kept-alive connection per client (the JDK keeps 5 per host by default).
		System.setProperty("http.maxConnections", "256");
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
		}
		String target = options.getOrDefault("target", "http");
		String base = options.getOrDefault("base", "http://127.0.0.1:18080");
		String jdbc = options.getOrDefault("jdbc", "jdbc:postgresql://127.0.0.1:5432/mestieri_search_bench?user=postgres");
		int clients = Integer.parseInt(options.getOrDefault("clients", "16"));
		int warmup = Integer.parseInt(options.getOrDefault("warmup", "20"));
		int seconds = Integer.parseInt(options.getOrDefault("seconds", "30"));
		List<String> queries = new ArrayList<>();
		for (String line : Files.readAllLines(Path.of(options.getOrDefault("queries", "bench/out/queries.tsv")))) {
			queries.add(line.split("\t")[1]);
		}
		java.util.Collections.shuffle(queries, new java.util.Random(7));

		AtomicInteger next = new AtomicInteger();
		AtomicLong errors = new AtomicLong();
		List<long[]> perClient = new ArrayList<>();
		long warmupEnd = System.nanoTime() + warmup * 1_000_000_000L;
		long end = warmupEnd + seconds * 1_000_000_000L;
		CountDownLatch done = new CountDownLatch(clients);
		for (int c = 0; c < clients; c++) {
			long[] samples = new long[500_000];
			perClient.add(samples);
			Thread thread = new Thread(() -> {
				int count = 0;
				try (Client client = "postgres".equals(target) ? new Postgres(jdbc) : new Http(base)) {
					while (true) {
						long start = System.nanoTime();
						if (start >= end) {
							break;
						}
						String query = queries.get(Math.floorMod(next.getAndIncrement(), queries.size()));
						try {
							client.search(query);
						}
						catch (Exception ex) {
							if (errors.incrementAndGet() <= 5) {
								System.err.println("error on '" + query + "': " + ex);
							}
						}
						if (start >= warmupEnd && count < samples.length - 1) {
							samples[++count] = System.nanoTime() - start;
						}
					}
				}
				catch (Exception ex) {
					ex.printStackTrace();
				}
				finally {
					samples[0] = count;
					done.countDown();
				}
			});
			thread.start();
		}
		long serverPid = Long.parseLong(options.getOrDefault("server-pid", "0"));
		Thread.sleep(Math.max(0, (warmupEnd - System.nanoTime()) / 1_000_000));
		long[] cpuAtStart = { serverCpuNanos(serverPid), driverCpuNanos() };
		done.await();
		long[] cpuAtEnd = { serverCpuNanos(serverPid), driverCpuNanos() };
		int total = 0;
		for (long[] samples : perClient) {
			total += (int) samples[0];
		}
		long[] all = new long[total];
		int at = 0;
		for (long[] samples : perClient) {
			System.arraycopy(samples, 1, all, at, (int) samples[0]);
			at += (int) samples[0];
		}
		Arrays.sort(all);
		System.out.printf(Locale.ROOT,
				"target=%s clients=%d queries=%d seconds=%d rate=%.0f/s p50=%.2fms p95=%.2fms p99=%.2fms max=%.2fms errors=%d%n",
				target, clients, total, seconds, total / (double) seconds, ms(all, 0.50), ms(all, 0.95), ms(all, 0.99),
				all.length == 0 ? 0 : all[all.length - 1] / 1e6, errors.get());
		if (total > 0) {
			System.out.printf(Locale.ROOT, "cpu per request: server=%s driver=%.2fms%n",
					serverPid > 0 ? String.format(Locale.ROOT, "%.2fms", (cpuAtEnd[0] - cpuAtStart[0]) / 1e6 / total) : "-",
					(cpuAtEnd[1] - cpuAtStart[1]) / 1e6 / total);
		}
		if (errors.get() > 0) {
			System.exit(1);
		}
	}

	/** User and system time of a local process from /proc (Linux, in clock ticks of 10 ms); 0 without one. */
	static long serverCpuNanos(long pid) throws Exception {
		if (pid <= 0) {
			return 0;
		}
		String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
		String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
		return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10_000_000L;
	}

	static long driverCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	static double ms(long[] sorted, double quantile) {
		return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
	}

	interface Client extends AutoCloseable {

		void search(String query) throws Exception;

		@Override
		default void close() throws Exception {
		}
	}

	/**
	 * A blocking HTTP/1.1 client on a kept-alive connection ({@link HttpURLConnection}): the JDK's
	 * asynchronous HttpClient took most of a core for itself at a few hundred requests a second, on
	 * the two cores the application is measured on.
	 */
	static final class Http implements Client {

		private final String base;
		private final byte[] buffer = new byte[64 * 1024];

		Http(String base) {
			this.base = base;
		}

		@Override
		public void search(String query) throws Exception {
			HttpURLConnection connection = (HttpURLConnection) URI
				.create(base + "/api/v1/search?size=10&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8))
				.toURL().openConnection();
			connection.setConnectTimeout(5_000);
			connection.setReadTimeout(60_000);
			int status = connection.getResponseCode();
			try (InputStream body = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
				while (body != null && body.read(buffer) >= 0) {
					// the whole answer is read, as a browser would, and the connection goes back to the pool
				}
			}
			if (status != 200) {
				throw new IllegalStateException("status " + status);
			}
		}
	}

	static final class Postgres implements Client {

		private final Connection connection;
		private final PreparedStatement statement;

		Postgres(String jdbc) throws Exception {
			connection = DriverManager.getConnection(jdbc);
			statement = connection.prepareStatement("""
					select type, key from bench_fts_all,
					  (select websearch_to_tsquery('italian', ?) || websearch_to_tsquery('english', ?) as q) query
					where doc @@ q order by ts_rank_cd(doc, q) desc limit 10""");
		}

		@Override
		public void search(String query) throws Exception {
			statement.setString(1, query);
			statement.setString(2, query);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					rows.getString(2);
				}
			}
		}

		@Override
		public void close() throws Exception {
			connection.close();
		}
	}
}
