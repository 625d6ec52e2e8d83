package it.mestieri.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.mestieri.shared.CentreClock;
import it.mestieri.shared.DomainException;

/**
 * Training courses: a provider (a partner, or just a name), dates in order, a cost of
 * zero or more euros, target occupations as ESCO URIs. Each save carries the version
 * read: a stale one is refused (409) and nothing is lost.
 */
@Service
@Transactional(readOnly = true)
class Courses extends ItemStore<Course, Courses.Draft> {

	/**
	 * What a coordinator (or an import) says about a course. {@code cost} in euros, null
	 * when not stated.
	 */
	record Draft(Long providerPartnerId, String providerName, String title, String description, Long areaId,
			String language, LocalDate startsOn, LocalDate endsOn, String place, BigDecimal cost, String funding,
			String entryRequirements, String credential, String url, Set<String> occupationUris) {

		Long costCents() {
			return cost == null ? null : cost.movePointRight(2).longValueExact();
		}
	}

	/** The list's filters: words in the title or description, an area. */
	record Filter(String text, Long areaId) {
	}

	private final ItemReferences references;

	Courses(ItemReferences references, CentreClock clock) {
		super(Course.class, Course::new, "resources.course.unknown", "resources.course.changed", clock);
		this.references = references;
	}

	@Override
	Draft checked(Draft draft) {
		return check(draft, true);
	}

	ItemPage<Course> list(Filter filter, int page, int size) {
		return query(filter).page(em, "i.startsOn desc nulls last, i.title, i.id", page, size);
	}

	/**
	 * The checks of every field. A coordinator's course names its provider (a partner or
	 * a name); one imported from JSON-LD may not ({@code strict} false).
	 */
	Draft check(Draft draft, boolean strict) {
		Long partner = draft.providerPartnerId();
		String providerName = ItemChecks.FIELDS.optional(draft.providerName(), 200, "providerName");
		if (partner != null) {
			providerName = references.partner(partner).name();
		}
		if (strict && providerName == null) {
			throw DomainException.invalid("resources.course.providerRequired");
		}
		ItemChecks.order(draft.startsOn(), draft.endsOn(), "startsOn", "endsOn");
		Long cents = ItemChecks.cents(draft.cost());
		return new Draft(partner, providerName, ItemChecks.FIELDS.text(draft.title(), 300, "title"),
				ItemChecks.FIELDS.optional(draft.description(), 4000, "description"), references.area(draft.areaId()),
				ItemChecks.language(draft.language()), draft.startsOn(), draft.endsOn(),
				ItemChecks.FIELDS.optional(draft.place(), 200, "place"),
				cents == null ? null : BigDecimal.valueOf(cents, 2),
				ItemChecks.FIELDS.optional(draft.funding(), 300, "funding"),
				ItemChecks.FIELDS.optional(draft.entryRequirements(), 2000, "entryRequirements"),
				ItemChecks.FIELDS.optional(draft.credential(), 300, "credential"), ItemChecks.link(draft.url(), "url"),
				ItemChecks.FIELDS.occupations(draft.occupationUris(), "occupation"));
	}

	private ItemPage.Query<Course> query(Filter filter) {
		ItemPage.Query<Course> query = new ItemPage.Query<>(Course.class);
		query.contains(filter.text(), "title", "description", "providerName", "place");
		if (filter.areaId() != null) {
			query.where("i.areaId = :area", "area", filter.areaId());
		}
		return query;
	}

	/**
	 * The draft of a course as it is saved, for an update that changes some fields only
	 * (the import).
	 */
	static Draft draftOf(Course course) {
		return new Draft(course.providerPartnerId(), course.providerName(), course.title(), course.description(),
				course.areaId(), course.language(), course.startsOn(), course.endsOn(), course.place(),
				course.costCents() == null ? null : BigDecimal.valueOf(course.costCents(), 2), course.funding(),
				course.entryRequirements(), course.credential(), course.url(), Set.copyOf(course.occupationUris()));
	}

}
