package it.mestieri.catalogue;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.mestieri.shared.CentreClock;
import it.mestieri.shared.DomainException;

/**
 * Guides to starting a business: a summary, the steps (plain text, one paragraph a step),
 * an area, a link.
 */
@Service
@Transactional(readOnly = true)
class Guides {

	record Draft(String title, String summary, String body, String language, Long areaId, String link) {
	}

	record Filter(String text, Long areaId) {
	}

	@PersistenceContext
	private EntityManager em;

	private final ItemReferences references;

	private final CentreClock clock;

	Guides(ItemReferences references, CentreClock clock) {
		this.references = references;
		this.clock = clock;
	}

	Guide get(long id) {
		Guide guide = em.find(Guide.class, id);
		if (guide == null) {
			throw DomainException.notFound("resources.guide.unknown", String.valueOf(id));
		}
		return guide;
	}

	ItemPage<Guide> list(Filter filter, int page, int size) {
		ItemPage.Query<Guide> query = new ItemPage.Query<>(Guide.class);
		query.contains(filter.text(), "title", "summary", "body");
		if (filter.areaId() != null) {
			query.where("i.areaId = :area", "area", filter.areaId());
		}
		return query.page(em, "i.title, i.id", page, size);
	}

	List<Guide> all() {
		return new ItemPage.Query<>(Guide.class).all(em, "i.id");
	}

	long count() {
		return em.createQuery("select count(i) from Guide i", Long.class).getSingleResult();
	}

	@Transactional
	Guide create(Draft draft) {
		Guide guide = new Guide(clock.now());
		guide.apply(check(draft), clock.now());
		em.persist(guide);
		em.flush();
		return guide;
	}

	@Transactional
	Guide update(long id, Long version, Draft draft) {
		Guide guide = get(id);
		ItemPage.sameVersion(guide.version(), version, "resources.guide.changed", guide.title());
		guide.apply(check(draft), clock.now());
		ItemPage.flush(em, "resources.guide.changed", guide.title());
		return guide;
	}

	@Transactional
	void delete(long id) {
		em.remove(get(id));
		em.flush();
	}

	Draft check(Draft draft) {
		return new Draft(ItemChecks.FIELDS.text(draft.title(), 300, "title"),
				ItemChecks.FIELDS.text(draft.summary(), 2000, "summary"),
				ItemChecks.FIELDS.text(draft.body(), 20000, "body"), ItemChecks.language(draft.language()),
				references.area(draft.areaId()), ItemChecks.link(draft.link(), "link"));
	}

}
