package it.mestieri.catalogue;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.mestieri.shared.CentreClock;

/**
 * Guides to starting a business: a summary, the steps (plain text, one paragraph a step),
 * an area, a link.
 */
@Service
@Transactional(readOnly = true)
class Guides extends ItemStore<Guide, Guides.Draft> {

	record Draft(String title, String summary, String body, String language, Long areaId, String link) {
	}

	record Filter(String text, Long areaId) {
	}

	private final ItemReferences references;

	Guides(ItemReferences references, CentreClock clock) {
		super(Guide.class, Guide::new, "resources.guide.unknown", "resources.guide.changed", clock);
		this.references = references;
	}

	ItemPage<Guide> list(Filter filter, int page, int size) {
		ItemPage.Query<Guide> query = new ItemPage.Query<>(Guide.class);
		query.contains(filter.text(), "title", "summary", "body");
		if (filter.areaId() != null) {
			query.where("i.areaId = :area", "area", filter.areaId());
		}
		return query.page(em, "i.title, i.id", page, size);
	}

	@Override
	Draft checked(Draft draft) {
		return new Draft(ItemChecks.FIELDS.text(draft.title(), 300, "title"),
				ItemChecks.FIELDS.text(draft.summary(), 2000, "summary"),
				ItemChecks.FIELDS.text(draft.body(), 20000, "body"), ItemChecks.language(draft.language()),
				references.area(draft.areaId()), ItemChecks.link(draft.link(), "link"));
	}

}
