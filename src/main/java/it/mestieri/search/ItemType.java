package it.mestieri.search;

import it.mestieri.classification.Occupation;
import it.mestieri.catalogue.Course;
import it.mestieri.catalogue.Guide;
import it.mestieri.catalogue.JobOffer;
import it.mestieri.catalogue.LibraryDocument;

import java.util.Optional;

/**
 * The kinds of item the search finds, each with the entity behind it and its public page.
 * The search index holds each one's position: add new ones at the end; reordering them is
 * a change of the mapping ({@link SearchMapping#VERSION}).
 */
enum ItemType {

	OCCUPATION(Occupation.class, "/occupations/"), COURSE(Course.class, "/courses/"),
	JOB_OFFER(JobOffer.class, "/offers/"), DOCUMENT(LibraryDocument.class, "/documents/"),
	GUIDE(Guide.class, "/guides/");

	private static final ItemType[] VALUES = values();

	private final Class<?> entity;

	private final String page;

	ItemType(Class<?> entity, String page) {
		this.entity = entity;
		this.page = page;
	}

	Class<?> entity() {
		return entity;
	}

	String url(long id) {
		return page + id;
	}

	/** The kind written in the search index as its position ({@link KindBinder}). */
	static ItemType indexed(int position) {
		return VALUES[position];
	}

	static Optional<ItemType> parse(String value) {
		for (ItemType type : values()) {
			if (type.name().equalsIgnoreCase(value.trim())) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}

}
