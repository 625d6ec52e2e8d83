package it.mestieri.shared;

import java.time.Instant;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A job of {@link ImportJobs} as the API and the pages show it, in the reader's language.
 */
@Component
public class ImportJobViews {

	private final ImportJobs jobs;

	private final MessageSource messages;

	public ImportJobViews(ImportJobs jobs, MessageSource messages) {
		this.jobs = jobs;
		this.messages = messages;
	}

	/**
	 * A job's state. {@code percent} is within the current phase (-1 while its size is
	 * unknown); {@code result} is what the job did once done, {@code failure} why it was
	 * refused or failed.
	 */
	public record JobView(long id, String kind, String status, String phase, long done, long total, int percent,
			Instant startedAt, Instant finishedAt, boolean finished, Object result, String failure) {
	}

	public ImportJobs.Job job(long id) {
		return jobs.find(id).orElseThrow(() -> DomainException.notFound("resources.import.unknownJob", id));
	}

	public JobView view(long id, Locale locale) {
		return view(job(id), locale);
	}

	public JobView view(ImportJobs.Job job, Locale locale) {
		String phase = job.phase() == null ? messages.getMessage("resources.phase.queued", null, locale)
				: messages.getMessage(job.phase(), null, job.phase(), locale);
		ImportJobs.Status status = job.status();
		DomainException failure = job.failure();
		int percent = status == ImportJobs.Status.DONE ? 100 : job.percent();
		return new JobView(job.id, job.kind, status.name(), phase, job.done(), job.total(), percent, job.startedAt,
				job.finishedAt(), status.finished(), job.result(),
				failure == null ? null : messages.getMessage(failure.messageKey(), failure.arguments(), locale));
	}

}
