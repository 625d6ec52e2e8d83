package it.mestieri.classification;

import it.mestieri.shared.ImportJobs;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * At first start (no occupation stored yet) loads the bundled default classification in
 * the background once the application is ready, so that start-up is not held. It is the
 * centre's default classification, not demo data: a newer ESCO package can be imported
 * over it. Before that, an import the last run stopped during is marked as interrupted
 * and, if it had saved, its occupations are indexed
 * ({@link ClassificationImport#recoverInterrupted()}): a first start stopped halfway is
 * completed at the next one.
 */
@Component
class BundledClassification {

	private static final Logger log = LoggerFactory.getLogger(BundledClassification.class);

	private final ClassificationImport imports;

	private final JdbcTemplate jdbc;

	private final boolean enabled;

	BundledClassification(ClassificationImport imports, JdbcTemplate jdbc,
			@Value("${mestieri.resources.load-bundled-classification:true}") boolean enabled) {
		this.imports = imports;
		this.jdbc = jdbc;
		this.enabled = enabled;
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStart() {
		imports.recoverInterrupted();
		if (!enabled) {
			return;
		}
		Long occupations = jdbc.queryForObject("select count(*) from resources_occupation", Long.class);
		if (occupations != null && occupations == 0) {
			ImportJobs.Job job = imports.loadBundled();
			log.info(
					"No classification yet: loading the bundled ESCO {} (English), Italian occupation labels and "
							+ "CP2011 mapping as import job {}; progress at /resources/classification",
					ClassificationImport.BUNDLED_VERSION, job.id);
		}
	}

}
