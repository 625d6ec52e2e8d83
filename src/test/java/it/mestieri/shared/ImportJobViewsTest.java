package it.mestieri.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.HttpStatus;

/**
 * What a client polling a job reads: a view that says finished also says how (DONE with
 * its result, FAILED with its reason), however the poll meets the worker. A view once
 * read the status after the failure and the end, and said "finished" beside "RUNNING" and
 * no reason.
 */
class ImportJobViewsTest {

	@Test
	void aFinishedViewAlwaysCarriesItsOutcome() throws Exception {
		ImportJobs jobs = new ImportJobs(new CentreClock(Clock.systemUTC(), ZoneId.of("Europe/Rome")));
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("test.refused", Locale.ITALIAN, "rifiutato");
		messages.addMessage("resources.phase.queued", Locale.ITALIAN, "in coda");
		ImportJobViews views = new ImportJobViews(jobs, messages);
		List<String> torn = new ArrayList<>();
		try {
			for (int round = 0; round < 300; round++) {
				boolean fails = round % 2 == 0;
				ImportJobs.Job job = jobs.start("test", progress -> {
					if (fails) {
						throw new DomainException(HttpStatus.BAD_REQUEST, "test.refused");
					}
					return "done";
				});
				boolean seenFinished = false;
				while (!seenFinished) {
					ImportJobViews.JobView view = views.view(job, Locale.ITALIAN);
					if (view.finished()) {
						seenFinished = true;
						boolean whole = fails ? view.status().equals("FAILED") && "rifiutato".equals(view.failure())
								: view.status().equals("DONE") && "done".equals(view.result())
										&& view.finishedAt() != null;
						if (!whole) {
							torn.add(view.toString());
						}
					}
				}
			}
		}
		finally {
			jobs.stop();
		}
		assertThat(torn).as("views that said finished without their outcome").isEmpty();
	}

}
