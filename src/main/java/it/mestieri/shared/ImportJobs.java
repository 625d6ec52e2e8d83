package it.mestieri.shared;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Long work of the resource centre (a classification import, a JSON-LD import, an index
 * rebuild) run one at a time in the background, with its progress for the page that
 * started it (a progress bar polls {@code GET /api/v1/imports/{id}}) and for the log.
 * Jobs live in memory: after a restart only their outcome in the tables remains.
 */
@Component
public class ImportJobs {

	private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

	private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "mestieri-import");
		thread.setDaemon(true);
		return thread;
	});

	private final Map<Long, Job> jobs = new ConcurrentHashMap<>();

	private final AtomicLong ids = new AtomicLong();

	private final ThreadLocal<Job> running = new ThreadLocal<>();

	private final CentreClock clock;

	public ImportJobs(CentreClock clock) {
		this.clock = clock;
	}

	/** Queues the work and returns its job at once. */
	public Job start(String kind, Work work) {
		Job job = new Job(ids.incrementAndGet(), kind, clock.now());
		jobs.put(job.id, job);
		worker.submit(() -> run(job, work));
		return job;
	}

	/**
	 * Does the work as part of the job this thread runs (a listener of an event the job
	 * published), reporting to it; outside a job, queues it as a job of its own.
	 */
	public void continueOrStart(String kind, Work work) {
		Job job = running.get();
		if (job == null) {
			start(kind, work);
		}
		else {
			work.run(job);
		}
	}

	public Optional<Job> find(long id) {
		return Optional.ofNullable(jobs.get(id));
	}

	/** The latest job of that kind, running or finished. */
	public Optional<Job> latest(String kind) {
		return jobs.values().stream().filter(job -> job.kind.equals(kind)).max((a, b) -> Long.compare(a.id, b.id));
	}

	private void run(Job job, Work work) {
		job.status = Status.RUNNING;
		running.set(job);
		log.info("{} job {} started", job.kind, job.id);
		try {
			job.result = work.run(job);
			job.finishedAt = clock.now();
			job.status = Status.DONE;
			log.info("{} job {} done: {}", job.kind, job.id, job.result);
		}
		catch (DomainException ex) {
			job.failure = ex;
			job.finishedAt = clock.now();
			job.status = Status.FAILED;
			log.warn("{} job {} refused: {}", job.kind, job.id, ex.getMessage());
		}
		catch (RuntimeException | Error ex) {
			job.failure = new DomainException(org.springframework.http.HttpStatus.INTERNAL_SERVER_ERROR,
					"resources.import.failed");
			job.finishedAt = clock.now();
			job.status = Status.FAILED;
			log.error("{} job {} failed", job.kind, job.id, ex);
		}
		finally {
			running.remove();
		}
	}

	@PreDestroy
	void stop() {
		worker.shutdownNow();
	}

	/**
	 * Where a job is. The worker sets a job's result, failure and end before the status
	 * that says it finished: read the status first, once, and what it says holds for the
	 * rest.
	 */
	public enum Status {

		QUEUED, RUNNING, DONE, FAILED;

		public boolean finished() {
			return this == DONE || this == FAILED;
		}

	}

	/**
	 * The work of a job: reports its progress through the job, returns what it did (shown
	 * as is).
	 */
	@FunctionalInterface
	public interface Work {

		Object run(Progress progress);

	}

	/** What a job's work tells about its progress. */
	public interface Progress {

		/**
		 * A new phase (a message key of the resources bundle) of {@code total} steps, 0
		 * if unknown.
		 */
		void phase(String phaseKey, long total);

		/**
		 * More steps in the current phase than announced (work discovered as it goes).
		 */
		void extend(long steps);

		void advance(long steps);

	}

	/** One job: read by the pages and the API while the worker writes it. */
	public static final class Job implements Progress {

		public final long id;

		public final String kind;

		public final Instant startedAt;

		private volatile Status status = Status.QUEUED;

		private volatile String phase;

		private volatile long total;

		private final AtomicLong done = new AtomicLong();

		private volatile long loggedPercent = -1;

		private volatile Object result;

		private volatile DomainException failure;

		private volatile Instant finishedAt;

		Job(long id, String kind, Instant startedAt) {
			this.id = id;
			this.kind = kind;
			this.startedAt = startedAt;
		}

		@Override
		public void phase(String phaseKey, long total) {
			this.phase = phaseKey;
			this.total = total;
			this.done.set(0);
			this.loggedPercent = -1;
			log.info("{} job {}: {} ({} steps)", kind, id, phaseKey, total);
		}

		@Override
		public void extend(long steps) {
			this.total += steps;
		}

		@Override
		public void advance(long steps) {
			long now = done.addAndGet(steps);
			long percent = total > 0 ? Math.min(100, now * 100 / total) : -1;
			if (percent >= 0 && percent / 10 > loggedPercent / 10) {
				loggedPercent = percent;
				log.info("{} job {}: {} {}%", kind, id, phase, percent);
			}
		}

		public Status status() {
			return status;
		}

		public String phase() {
			return phase;
		}

		public long done() {
			return done.get();
		}

		public long total() {
			return total;
		}

		/** 0 to 100 within the current phase, or -1 when its size is unknown. */
		public int percent() {
			long t = total;
			return t > 0 ? (int) Math.min(100, done.get() * 100 / t) : -1;
		}

		public Object result() {
			return result;
		}

		public DomainException failure() {
			return failure;
		}

		public Instant finishedAt() {
			return finishedAt;
		}

		public boolean finished() {
			return status.finished();
		}

	}

}
