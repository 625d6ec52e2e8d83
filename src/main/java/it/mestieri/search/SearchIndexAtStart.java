package it.mestieri.search;

import it.mestieri.shared.ImportJobs;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the search index usable across starts. An index built by another version of the
 * mapping (a field changed type or analysis) would answer wrongly or fail: it is dropped
 * before the application serves anything. An index folder lost or new (first start on an
 * existing database, a restore) would find nothing, and a stop during a rebuild or
 * between a bulk write and its indexing leaves part of a kind out. So once the
 * application is ready, each kind whose documents in the index are not as many as its
 * rows is rebuilt in the background, as the coordinator's rebuild does.
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

	@PostConstruct
	void dropWhenBuiltByAnotherMapping() {
		Integer built = jdbc.sql("select mapping_version from resources_search_index where id = 1")
			.query(Integer.class)
			.optional()
			.orElse(null);
		if (built != null && built == SearchMapping.VERSION) {
			return;
		}
		if (documents() > 0) {
			log.info("The search index was built by mapping version {}, this version uses {}: dropping it,"
					+ " it is rebuilt in the background", built == null ? "1" : built, SearchMapping.VERSION);
			Search.mapping(entityManagerFactory).scope(SearchIndex.INDEXED).schemaManager().dropAndCreate();
		}
		if (jdbc.sql("update resources_search_index set mapping_version = ? where id = 1")
			.param(SearchMapping.VERSION)
			.update() == 0) {
			jdbc.sql("insert into resources_search_index (id, mapping_version) values (1, ?)")
				.param(SearchMapping.VERSION)
				.update();
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	void rebuildWhatIsOutOfStep() {
		List<Class<?>> outOfStep = outOfStep();
		if (outOfStep.isEmpty()) {
			return;
		}
		log.info("The search index is out of step with the database for {}: rebuilding it for them",
				outOfStep.stream().map(Class::getSimpleName).toList());
		jobs.start(SearchIndex.INDEX_JOB, progress -> {
			index.rebuild(progress, outOfStep.toArray(Class<?>[]::new));
			return "indexed";
		});
	}

	/** The kinds whose documents in the index are not as many as their rows. */
	private List<Class<?>> outOfStep() {
		try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
			SearchSession search = Search.session(entityManager);
			List<Class<?>> outOfStep = new ArrayList<>();
			for (Class<?> type : SearchIndex.INDEXED) {
				long rows = entityManager
					.createQuery("select count(*) from " + entityManager.getMetamodel().entity(type).getName(),
							Long.class)
					.getSingleResult();
				if (search.search(type).where(f -> f.matchAll()).fetchTotalHitCount() != rows) {
					outOfStep.add(type);
				}
			}
			return outOfStep;
		}
	}

	private long documents() {
		try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
			return Search.session(entityManager)
				.search(SearchIndex.INDEXED)
				.where(f -> f.matchAll())
				.fetchTotalHitCount();
		}
	}

}
