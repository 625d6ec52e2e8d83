package it.mestieri.resources;

import java.util.Optional;

/** The kinds of item the search finds, each with the entity behind it and its public page. */
enum ItemType {
	OCCUPATION(Occupation.class, "/occupations/"),
	COURSE(Course.class, "/courses/"),
	JOB_OFFER(JobOffer.class, "/offers/"),
	DOCUMENT(LibraryDocument.class, "/documents/"),
	GUIDE(Guide.class, "/guides/");

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

	static Optional<ItemType> parse(String value) {
		for (ItemType type : values()) {
			if (type.name().equalsIgnoreCase(value.trim())) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}
}
