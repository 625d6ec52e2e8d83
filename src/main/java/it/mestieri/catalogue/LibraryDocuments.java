package it.mestieri.catalogue;

import java.util.Set;

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
class LibraryDocuments extends ItemStore<LibraryDocument, LibraryDocuments.Draft> {

	record Draft(String title, DocumentKind kind, String language, String description, String shelfMark, String link,
			Audience audience, Set<Long> areaIds, Set<Long> topicIds) {
	}

	record Filter(String text, Long areaId, DocumentKind kind) {
	}

	private final ItemReferences references;

	LibraryDocuments(ItemReferences references, CentreClock clock) {
		super(LibraryDocument.class, LibraryDocument::new, "resources.document.unknown", "resources.document.changed",
				clock);
		this.references = references;
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

	@Override
	Draft checked(Draft draft) {
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
