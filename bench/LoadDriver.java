import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load driver for the Mestieri reception API: check-in, then call-next + finish, over HTTP.
 * Not a test and not part of the Maven build: a single Java 17 source file, run with
 * {@code java bench/LoadDriver.java --password ... [options]} (bench/run.sh does it).
 *
 * <p>Closed loop: each virtual client is a platform thread with its own HttpClient (and cookie
 * jar, unless --cookies false) that sends Basic credentials with every request, as a kiosk or an
 * integration does. The API makes no session and needs no CSRF token for a Basic call; it
 * checks the password with BCrypt once and then trusts a short-lived cache of verified logins.
 *
 * <p>Phases: warm-up (not recorded), check-in (N clients, fixed duration or count), call-next
 * (each counsellor holds a desk of one area and drains its queue: call-next, then finish
 * straight from CALLED). Reports throughput and p50/p95/p99/max per operation and the errors,
 * and writes the figures as key=value lines to --out for bench/run.sh.
 */
public class LoadDriver {

	static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

	static String base = "http://127.0.0.1:8080";
	static String password;
	static String receptionUser = "reception";
	static List<String> counsellors = List.of("counsellor", "counsellor2");
	static List<String> areas = List.of("LAVORO", "IMPRESA", "FORMAZIONE", "ORIENTAMENTO");
	static String drainArea = "LAVORO";
	static int clients = 16;
	static int warmupSeconds = 10;
	static int checkinSeconds = 30;
	static int maxCheckins = 200_000;
	static int callSeconds = 30;
	static int maxCalls = 100_000;
	static boolean cookies = true;
	static Path out;
	static long appPid = -1;
	static String afterWarmup;
	static String database = "mestieri_bench";

	static final AtomicLong errors = new AtomicLong();
	static final ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();

	public static void main(String[] args) throws Exception {
		for (int i = 0; i < args.length; i += 2) {
			String value = i + 1 < args.length ? args[i + 1] : "";
			switch (args[i]) {
				case "--base" -> base = value;
				case "--password" -> password = value;
				case "--clients" -> clients = Integer.parseInt(value);
				case "--warmup" -> warmupSeconds = Integer.parseInt(value);
				case "--checkin-seconds" -> checkinSeconds = Integer.parseInt(value);
				case "--max-checkins" -> maxCheckins = Integer.parseInt(value);
				case "--call-seconds" -> callSeconds = Integer.parseInt(value);
				case "--max-calls" -> maxCalls = Integer.parseInt(value);
				case "--areas" -> areas = List.of(value.split(","));
				case "--drain-area" -> drainArea = value;
				case "--counsellors" -> counsellors = List.of(value.split(","));
				case "--cookies" -> cookies = Boolean.parseBoolean(value);
				case "--out" -> out = Path.of(value);
				case "--app-pid" -> appPid = Long.parseLong(value);
				case "--after-warmup" -> afterWarmup = value;
				case "--database" -> database = value;
				default -> throw new IllegalArgumentException("unknown option " + args[i]);
			}
		}
		if (password == null) {
			throw new IllegalArgumentException("--password is required");
		}
		URI uri = URI.create(base);
		if (!"127.0.0.1".equals(uri.getHost()) && !"localhost".equals(uri.getHost())) {
			throw new IllegalArgumentException("this driver only targets 127.0.0.1");
		}
		Map<String, String> results = new LinkedHashMap<>();
		results.put("clients", String.valueOf(clients));
		results.put("cookies", String.valueOf(cookies));
		results.put("areas", String.join(",", areas));

		Client[] receptions = new Client[clients];
		for (int i = 0; i < clients; i++) {
			receptions[i] = new Client(receptionUser);
		}
		List<Desk> desks = takeDesks();

		// One check-in per area, one at a time, before any concurrency: the first check-in of an
		// area each day creates its ticket counter in a second transaction (TicketCounter.createDay),
		// which needs a second pooled connection; see docs/benchmarks.md.
		for (String area : areas) {
			HttpResponse<String> first = receptions[0].send("POST", "/api/v1/visits", "{\"area\":\"" + area + "\"}");
			if (first.statusCode() != 201) {
				throw new IllegalStateException("first check-in in " + area + ": " + first.statusCode() + " "
						+ first.body());
			}
		}
		boolean session = receptions[0].hasSession();
		results.put("session", String.valueOf(session));
		System.out.println("session cookie after login: " + (session ? "yes (the API should make none)" : "none (Basic on every call, verified logins cached)"));

		System.out.printf(Locale.ROOT, "warm-up: %d s of check-ins and calls%n", warmupSeconds);
		checkIns(receptions, warmupSeconds, Integer.MAX_VALUE);
		calls(desks, Math.max(1, warmupSeconds / 2), Integer.MAX_VALUE);
		errors.set(0);
		if (afterWarmup != null) { // e.g. empty the queues the warm-up filled (bench/run.sh)
			Process hook = new ProcessBuilder("bash", "-c", afterWarmup).inheritIO().start();
			if (hook.waitFor() != 0) {
				throw new IllegalStateException("--after-warmup failed: " + afterWarmup);
			}
		}

		System.out.printf(Locale.ROOT, "check-in: %d clients, %d s or %d check-ins%n", clients, checkinSeconds,
				maxCheckins);
		Cpu before = Cpu.now();
		Recorder checkIn = checkIns(receptions, checkinSeconds, maxCheckins);
		Cpu.now().since(before).report("checkin", checkIn.count(), results);
		checkIn.report("checkin", results);
		long checkInErrors = errors.getAndSet(0);
		results.put("checkin.errors", String.valueOf(checkInErrors));

		System.out.printf(Locale.ROOT, "call-next: %d desks in %s, %d s or %d calls%n", desks.size(), drainArea,
				callSeconds, maxCalls);
		before = Cpu.now();
		Recorder[] call = calls(desks, callSeconds, maxCalls);
		Cpu.now().since(before).report("cycle", call[2].count(), results);
		call[0].report("callnext", results);
		call[1].report("finish", results);
		call[2].report("cycle", results);
		results.put("callnext.errors", String.valueOf(errors.get()));
		results.put("errors", String.valueOf(checkInErrors + errors.get()));
		for (Desk desk : desks) { // leave the desks free for another run on the same app
			desk.client.send("POST", "/api/v1/desks/" + desk.id + "/release", null);
		}
		errorSamples.stream().limit(5).forEach(sample -> System.out.println("error: " + sample));

		System.out.println();
		System.out.printf(Locale.ROOT, "%-10s %8s %9s %8s %8s %8s %8s %8s%n", "operation", "count", "req/s",
				"p50 ms", "p95 ms", "p99 ms", "max ms", "errors");
		for (String op : List.of("checkin", "callnext", "finish", "cycle")) {
			System.out.printf(Locale.ROOT, "%-10s %8s %9s %8s %8s %8s %8s %8s%n", op, results.get(op + ".count"),
					results.get(op + ".rps"), results.get(op + ".p50"), results.get(op + ".p95"),
					results.get(op + ".p99"), results.get(op + ".max"),
					op.equals("checkin") ? results.get("checkin.errors")
							: op.equals("callnext") ? results.get("callnext.errors") : "");
		}
		for (String op : List.of("checkin", "cycle")) {
			System.out.printf(Locale.ROOT, "CPU per %s: app %s ms, PostgreSQL %s ms, driver %s ms, other %s ms "
					+ "(machine busy %s%%)%n", op, results.get(op + ".cpu.app"), results.get(op + ".cpu.postgres"),
					results.get(op + ".cpu.driver"), results.get(op + ".cpu.other"), results.get(op + ".cpu.busy"));
		}
		if (out != null) {
			StringBuilder text = new StringBuilder();
			results.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
			Files.writeString(out, text);
		}
		System.exit(Long.parseLong(results.get("errors")) == 0 ? 0 : 1);
	}

	/** Each counsellor takes the next free desk of the drain area. */
	static List<Desk> takeDesks() throws Exception {
		Client first = new Client(counsellors.get(0));
		String listing = first.send("GET", "/api/v1/desks", null).body();
		List<Long> ids = new ArrayList<>();
		// free desks are flat JSON objects (holder and current are null); keep those of the area
		Matcher desk = Pattern.compile("\\{[^{}]*\\}").matcher(listing);
		while (desk.find()) {
			String object = desk.group();
			Matcher id = ID.matcher(object);
			if (object.contains("\"area\":\"" + drainArea + "\"") && object.contains("\"holder\":null")
					&& id.find()) {
				ids.add(Long.parseLong(id.group(1)));
			}
		}
		if (ids.size() < counsellors.size()) {
			throw new IllegalStateException("only " + ids.size() + " desks in " + drainArea + ": " + listing);
		}
		List<Desk> desks = new ArrayList<>();
		for (int i = 0; i < counsellors.size(); i++) {
			Client client = i == 0 ? first : new Client(counsellors.get(i));
			HttpResponse<String> taken = client.send("POST", "/api/v1/desks/" + ids.get(i) + "/take", null);
			if (taken.statusCode() != 200) {
				throw new IllegalStateException("take desk " + ids.get(i) + ": " + taken.statusCode() + " "
						+ taken.body());
			}
			desks.add(new Desk(client, ids.get(i)));
		}
		return desks;
	}

	static Recorder checkIns(Client[] receptions, int seconds, int max) throws InterruptedException {
		Recorder recorder = new Recorder();
		AtomicInteger issued = new AtomicInteger();
		long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
		run(receptions.length, index -> {
			Client client = receptions[index];
			long[] times = new long[Math.min(max, 1 << 18)];
			int n = 0;
			int sequence = index;
			while (System.nanoTime() < deadline && issued.getAndIncrement() < max) {
				String area = areas.get(sequence++ % areas.size());
				long start = System.nanoTime();
				HttpResponse<String> response = client.send("POST", "/api/v1/visits", "{\"area\":\"" + area + "\"}");
				long elapsed = System.nanoTime() - start;
				if (response.statusCode() != 201) {
					error("check-in", response);
				}
				else if (n < times.length) {
					times[n++] = elapsed;
				}
			}
			recorder.add(Arrays.copyOf(times, n));
		});
		recorder.finish();
		return recorder;
	}

	/** Returns the call-next, finish and whole-cycle recorders. */
	static Recorder[] calls(List<Desk> desks, int seconds, int max) throws InterruptedException {
		Recorder callNext = new Recorder();
		Recorder finish = new Recorder();
		Recorder cycle = new Recorder();
		AtomicInteger issued = new AtomicInteger();
		long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
		run(desks.size(), index -> {
			Desk desk = desks.get(index);
			long[] calls = new long[Math.min(max, 1 << 18)];
			long[] finishes = new long[calls.length];
			long[] cycles = new long[calls.length];
			int n = 0;
			while (System.nanoTime() < deadline && issued.getAndIncrement() < max && n < calls.length) {
				long start = System.nanoTime();
				HttpResponse<String> called = desk.client.send("POST", "/api/v1/desks/" + desk.id + "/call-next", null);
				long mid = System.nanoTime();
				if (called.statusCode() == 204) {
					break; // queue drained
				}
				if (called.statusCode() != 200) {
					error("call-next", called);
					continue;
				}
				Matcher id = ID.matcher(called.body());
				if (!id.find()) {
					error("call-next without id", called);
					continue;
				}
				HttpResponse<String> finished = desk.client.send("POST", "/api/v1/visits/" + id.group(1) + "/finish",
						"{\"outcome\":\"INFORMED\"}");
				long end = System.nanoTime();
				if (finished.statusCode() != 200) {
					error("finish", finished);
					continue;
				}
				calls[n] = mid - start;
				finishes[n] = end - mid;
				cycles[n] = end - start;
				n++;
			}
			callNext.add(Arrays.copyOf(calls, n));
			finish.add(Arrays.copyOf(finishes, n));
			cycle.add(Arrays.copyOf(cycles, n));
		});
		callNext.finish();
		finish.finish();
		cycle.finish();
		return new Recorder[] { callNext, finish, cycle };
	}

	interface Work {
		void run(int index) throws Exception;
	}

	static void run(int threads, Work work) throws InterruptedException {
		CountDownLatch done = new CountDownLatch(threads);
		for (int i = 0; i < threads; i++) {
			int index = i;
			Thread thread = new Thread(() -> {
				try {
					work.run(index);
				}
				catch (Exception ex) {
					errors.incrementAndGet();
					errorSamples.add(ex.toString());
				}
				finally {
					done.countDown();
				}
			}, "client-" + i);
			thread.start();
		}
		done.await();
	}

	static void error(String what, HttpResponse<String> response) {
		errors.incrementAndGet();
		if (errorSamples.size() < 20) {
			errorSamples.add(what + " " + response.statusCode() + " " + response.body());
		}
	}

	record Desk(Client client, long id) {
	}

	/** One virtual client: its own connection and, unless --cookies false, its own cookie jar. */
	static final class Client {

		final HttpClient http;
		final CookieManager jar = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
		final String authorization;

		Client(String username) {
			HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
				.connectTimeout(Duration.ofSeconds(5));
			if (cookies) {
				builder.cookieHandler(jar);
			}
			this.http = builder.build();
			this.authorization = "Basic " + Base64.getEncoder()
				.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		}

		boolean hasSession() {
			return jar.getCookieStore().getCookies().stream().anyMatch(cookie -> cookie.getName().equals("JSESSIONID"));
		}

		HttpResponse<String> send(String method, String path, String json) throws IOException, InterruptedException {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
				.timeout(Duration.ofSeconds(30)).header("Authorization", authorization)
				.header("Accept", "application/json");
			if (json != null) {
				request.header("Content-Type", "application/json")
					.method(method, HttpRequest.BodyPublishers.ofString(json));
			}
			else {
				request.method(method, HttpRequest.BodyPublishers.noBody());
			}
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
	}

	/**
	 * CPU time (Linux /proc, in clock ticks) of the app, of the PostgreSQL processes serving the
	 * benchmark database (plus the server's own background processes), of this driver, and of
	 * the whole machine, to say where the CPU of each operation goes.
	 */
	record Cpu(long app, long postgres, long driver, long total, long idle) {

		static final double TICK_MS = 10.0; // USER_HZ is 100 on Linux

		static Cpu now() {
			long app = appPid > 0 ? ticks(appPid) : 0;
			long postgres = 0;
			try (var dirs = Files.list(Path.of("/proc"))) {
				for (Path dir : (Iterable<Path>) dirs::iterator) {
					String name = dir.getFileName().toString();
					if (!name.chars().allMatch(Character::isDigit)) {
						continue;
					}
					String command = read(dir.resolve("cmdline")).replace('\0', ' ');
					if (command.startsWith("postgres: ") && (command.contains(" " + database + " ")
							|| command.matches("postgres: \\S+: (checkpointer|background writer|walwriter).*"))) {
						postgres += ticks(Long.parseLong(name));
					}
				}
			}
			catch (IOException ex) {
				// not Linux: no CPU figures
			}
			String[] cpu = read(Path.of("/proc/stat")).lines().findFirst().orElse("cpu 0 0 0 0").trim().split("\\s+");
			long total = 0;
			for (int i = 1; i < cpu.length && i <= 8; i++) {
				total += Long.parseLong(cpu[i]);
			}
			long idle = cpu.length > 5 ? Long.parseLong(cpu[4]) + Long.parseLong(cpu[5]) : 0;
			return new Cpu(app, postgres, ticks(ProcessHandle.current().pid()), total, idle);
		}

		Cpu since(Cpu before) {
			return new Cpu(app - before.app, postgres - before.postgres, driver - before.driver,
					total - before.total, idle - before.idle);
		}

		/** CPU milliseconds per operation, by process. */
		void report(String name, long operations, Map<String, String> results) {
			double per = Math.max(1, operations);
			long busy = total - idle;
			long other = Math.max(0, busy - app - postgres - driver);
			results.put(name + ".cpu.app", String.format(Locale.ROOT, "%.2f", app * TICK_MS / per));
			results.put(name + ".cpu.postgres", String.format(Locale.ROOT, "%.2f", postgres * TICK_MS / per));
			results.put(name + ".cpu.driver", String.format(Locale.ROOT, "%.2f", driver * TICK_MS / per));
			results.put(name + ".cpu.other", String.format(Locale.ROOT, "%.2f", other * TICK_MS / per));
			results.put(name + ".cpu.busy", String.format(Locale.ROOT, "%.0f", total == 0 ? 0 : 100.0 * busy / total));
		}

		static long ticks(long pid) {
			String stat = read(Path.of("/proc/" + pid + "/stat"));
			int end = stat.lastIndexOf(')');
			if (end < 0) {
				return 0;
			}
			String[] fields = stat.substring(end + 2).split(" ");
			return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
		}

		static String read(Path path) {
			try {
				return Files.readString(path);
			}
			catch (IOException | RuntimeException ex) {
				return "";
			}
		}
	}

	/** Latencies of one operation across threads, and the phase's wall-clock time. */
	static final class Recorder {

		final long started = System.nanoTime();
		final List<long[]> parts = new ArrayList<>();
		long elapsed;

		synchronized void add(long[] part) {
			parts.add(part);
		}

		synchronized long count() {
			return parts.stream().mapToLong(part -> part.length).sum();
		}

		void finish() {
			elapsed = System.nanoTime() - started;
		}

		void report(String name, Map<String, String> results) {
			long[] all = parts.stream().flatMapToLong(Arrays::stream).sorted().toArray();
			results.put(name + ".count", String.valueOf(all.length));
			results.put(name + ".seconds", String.format(Locale.ROOT, "%.1f", elapsed / 1e9));
			results.put(name + ".rps", String.format(Locale.ROOT, "%.0f", all.length / (elapsed / 1e9)));
			results.put(name + ".p50", millis(percentile(all, 50)));
			results.put(name + ".p95", millis(percentile(all, 95)));
			results.put(name + ".p99", millis(percentile(all, 99)));
			results.put(name + ".max", millis(all.length == 0 ? 0 : all[all.length - 1]));
		}

		static long percentile(long[] sorted, double p) {
			if (sorted.length == 0) {
				return 0;
			}
			int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
			return sorted[Math.max(0, Math.min(rank, sorted.length - 1))];
		}

		static String millis(long nanos) {
			return String.format(Locale.ROOT, "%.1f", nanos / 1e6);
		}
	}
}
