package it.mestieri.catalogue;

import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.mestieri.shared.CentreClock;
import it.mestieri.shared.DomainException;

/**
 * Documents and multimedia of the centre's library: each on a shelf (shelf mark) or
 * online (link), or both.
 */
@Service
@Transactional(readOnly = true)
class LibraryDocuments {

	record Draft(String title, DocumentKind kind, String language, String description, String shelfMark, String link,
			Audience audience, Set<Long> areaIds, Set<Long> topicIds) {
	}

	record Filter(String text, Long areaId, DocumentKind kind) {
	}

	@PersistenceContext
	private EntityManager em;

	private final ItemReferences references;

	private final CentreClock clock;

	LibraryDocuments(ItemReferences references, CentreClock clock) {
		this.references = references;
		this.clock = clock;
	}

	LibraryDocument get(long id) {
		LibraryDocument document = em.find(LibraryDocument.class, id);
		if (document == null) {
			throw DomainException.notFound("resources.document.unknown", String.valueOf(id));
		}
		return document;
	}

	ItemPage<LibraryDocument> list(Filter filter, int page, int size) {
		ItemPage.Query<LibraryDocument> query = new ItemPage.Query<>(LibraryDocument.class);
		query.contains(filter.text(), "title", "description", "shelfMark");
		if (filter.areaId() != null) {
			query.where(":area member of i.areaIds", "area", filter.areaId());
		}
		if (filter.kind() != null) {
			query.where("i.kind = :kind", "kind", filter.kind());
		}
		return query.page(em, "i.title, i.id", page, size);
	}

	List<LibraryDocument> all() {
		return new ItemPage.Query<>(LibraryDocument.class).all(em, "i.id");
	}

	long count() {
		return em.createQuery("select count(i) from LibraryDocument i", Long.class).getSingleResult();
	}

	@Transactional
	LibraryDocument create(Draft draft) {
		LibraryDocument document = new LibraryDocument(clock.now());
		document.apply(check(draft), clock.now());
		em.persist(document);
		em.flush();
		return document;
	}

	@Transactional
	LibraryDocument update(long id, Long version, Draft draft) {
		LibraryDocument document = get(id);
		ItemPage.sameVersion(document.version(), version, "resources.document.changed", document.title());
		document.apply(check(draft), clock.now());
		ItemPage.flush(em, "resources.document.changed", document.title());
		return document;
	}

	@Transactional
	void delete(long id) {
		em.remove(get(id));
		em.flush();
	}

	Draft check(Draft draft) {
		String shelfMark = ItemChecks.FIELDS.optional(draft.shelfMark(), 60, "shelfMark");
		String link = ItemChecks.link(draft.link(), "link");
		if (shelfMark == null && link == null) {
			throw DomainException.invalid("resources.document.whereabouts");
		}
		return new Draft(ItemChecks.FIELDS.text(draft.title(), 300, "title"),
				ItemChecks.FIELDS.required(draft.kind(), "kind"), ItemChecks.language(draft.language()),
				ItemChecks.FIELDS.optional(draft.description(), 4000, "description"), shelfMark, link,
				draft.audience() == null ? Audience.EVERYONE : draft.audience(), references.areas(draft.areaIds()),
				references.topics(draft.topicIds()));
	}

}
