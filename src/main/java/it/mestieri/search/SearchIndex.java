package it.mestieri.search;

import org.springframework.context.event.EventListener;
import it.mestieri.classification.ClassificationImported;

import it.mestieri.classification.Occupation;
import it.mestieri.catalogue.Course;
import it.mestieri.catalogue.Guide;
import it.mestieri.catalogue.JobOffer;
import it.mestieri.catalogue.LibraryDocument;
import it.mestieri.shared.ImportJobs;

import java.util.List;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.massindexing.MassIndexer;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the search index from the database, reporting progress. Changes made through
 * JPA reach the index by themselves; this is for bulk writes that bypass it (the
 * classification import) and for a rebuild on demand.
 */
@Component
class SearchIndex {

	/** The kind of the index rebuild jobs. */
	static final String INDEX_JOB = "search-index";

	static final List<Class<?>> INDEXED = List.of(Occupation.class, Course.class, JobOffer.class, LibraryDocument.class,
			Guide.class);

	private final EntityManagerFactory entityManagerFactory;

	private final ImportJobs jobs;

	SearchIndex(EntityManagerFactory entityManagerFactory, ImportJobs jobs) {
		this.entityManagerFactory = entityManagerFactory;
		this.jobs = jobs;
	}

	/**
	 * Occupations written past JPA are indexed again, as the last phase of the import
	 * that wrote them (or as a job of its own after one that was interrupted).
	 */
	@EventListener
	void classificationImported(ClassificationImported imported) {
		jobs.continueOrStart(INDEX_JOB, progress -> {
			rebuild(progress, Occupation.class);
			return "indexed";
		});
	}

	/** Rebuilds the index of the given types, or of everything when none is given. */
	void rebuild(ImportJobs.Progress progress, Class<?>... types) {
		var session = Search.mapping(entityManagerFactory);
		var indexed = session.allIndexedEntities().stream().map(entity -> entity.javaClass()).toList();
		List<Class<?>> targets = (types.length == 0 ? INDEXED : List.of(types)).stream()
			.filter(indexed::contains)
			.toList();
		progress.phase("resources.phase.indexing", 0);
		if (targets.isEmpty()) {
			return;
		}
		MassIndexer indexer = session.scope(targets)
			.massIndexer()
			.threadsToLoadObjects(2)
			.batchSizeToLoadObjects(200)
			// One segment per index: a query's fixed cost (term lookups, the facets'
			// ordinal maps)
			// grows with the number of segments, and a fresh rebuild leaves a dozen.
			.mergeSegmentsOnFinish(true)
			.monitor(new Monitor(progress));
		try {
			indexer.startAndWait();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Index rebuild interrupted", ex);
		}
	}

	private record Monitor(ImportJobs.Progress progress) implements MassIndexingMonitor {

		@Override
		public void documentsAdded(long increment) {
			progress.advance(increment);
		}

		@Override
		public void documentsBuilt(long increment) {
		}

		@Override
		public void entitiesLoaded(long increment) {
		}

		@Override
		public void addToTotalCount(long count) {
			progress.extend(count);
		}

		@Override
		public void indexingCompleted() {
		}
	}

}
