package it.mestieri.resources;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An index folder lost or new (first start on an existing database, a restore) would find
 * nothing: when the index is empty while the tables are not, it is rebuilt in the background,
 * as the coordinator's rebuild does.
 */
@Component
class SearchIndexAtStart {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexAtStart.class);

	private final EntityManagerFactory entityManagerFactory;
	private final JdbcClient jdbc;
	private final ImportJobs jobs;
	private final SearchIndex index;

	SearchIndexAtStart(EntityManagerFactory entityManagerFactory, JdbcClient jdbc, ImportJobs jobs, SearchIndex index) {
		this.entityManagerFactory = entityManagerFactory;
		this.jdbc = jdbc;
		this.jobs = jobs;
		this.index = index;
	}

	@EventListener(ApplicationReadyEvent.class)
	void rebuildWhenEmpty() {
		long rows = jdbc.sql("select (select count(*) from resources_occupation) + (select count(*) from resources_course)"
				+ " + (select count(*) from resources_job_offer) + (select count(*) from resources_document)"
				+ " + (select count(*) from resources_guide)").query(Long.class).single();
		if (rows == 0) {
			return;
		}
		long documents;
		try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
			documents = Search.session(entityManager).search(SearchIndex.INDEXED).where(f -> f.matchAll())
				.fetchTotalHitCount();
		}
		if (documents == 0) {
			log.info("The search index is empty while the catalogue has {} rows: rebuilding it", rows);
			jobs.start(SearchApi.INDEX_JOB, progress -> {
				index.rebuild(progress);
				return "indexed";
			});
		}
	}
}
