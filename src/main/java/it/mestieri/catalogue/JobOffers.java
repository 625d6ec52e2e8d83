package it.mestieri.catalogue;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.mestieri.shared.CentreClock;
import it.mestieri.shared.DomainException;

/**
 * Job offers. An offer is open from its publication day up to its expiry day included, by
 * the centre's calendar: after that it is hidden from the public at once, on every read,
 * without any job having to run. The coordinator still sees it, marked as expired.
 */
@Service
@Transactional(readOnly = true)
class JobOffers extends ItemStore<JobOffer, JobOffers.Draft> {

	/**
	 * How long an imported offer that states no expiry stays open after its publication.
	 */
	static final int DEFAULT_OPEN_DAYS = 60;

	record Draft(String employer, String title, String description, String place, ContractType contractType,
			WorkingTime workingTime, Long areaId, String occupationUri, String language, LocalDate publishedOn,
			LocalDate expiresOn, String url) {
	}

	/**
	 * The list's filters; {@code openOnly} for the public (and by default), otherwise
	 * expired ones too.
	 */
	record Filter(String text, Long areaId, ContractType contractType, boolean openOnly) {
	}

	private final ItemReferences references;

	JobOffers(ItemReferences references, CentreClock clock) {
		super(JobOffer.class, JobOffer::new, "resources.offer.unknown", "resources.offer.changed", clock);
		this.references = references;
	}

	@Override
	Draft checked(Draft draft) {
		return check(draft, true);
	}

	/**
	 * An offer the public may see: open today, otherwise "not found" as if it never was.
	 */
	JobOffer open(long id) {
		JobOffer offer = get(id);
		if (!offer.openOn(clock.today())) {
			throw DomainException.notFound("resources.offer.unknown", String.valueOf(id));
		}
		return offer;
	}

	ItemPage<JobOffer> list(Filter filter, int page, int size) {
		return query(filter).page(em, "i.expiresOn desc, i.title, i.id", page, size);
	}

	List<JobOffer> all(boolean openOnly) {
		return query(new Filter(null, null, null, openOnly)).all(em, "i.id");
	}

	long countOpen() {
		return query(new Filter(null, null, null, true)).page(em, "i.id", 0, 1).total();
	}

	LocalDate today() {
		return clock.today();
	}

	/**
	 * The checks of every field. A coordinator's offer names its employer and place; one
	 * imported from JSON-LD may not ({@code strict} false).
	 */
	Draft check(Draft draft, boolean strict) {
		String employer = ItemChecks.FIELDS.optional(draft.employer(), 200, "employer");
		String place = ItemChecks.FIELDS.optional(draft.place(), 200, "place");
		if (strict) {
			ItemChecks.FIELDS.required(employer, "employer");
			ItemChecks.FIELDS.required(place, "place");
		}
		LocalDate published = ItemChecks.FIELDS.required(draft.publishedOn(), "publishedOn");
		LocalDate expires = ItemChecks.FIELDS.required(draft.expiresOn(), "expiresOn");
		ItemChecks.order(published, expires, "publishedOn", "expiresOn");
		return new Draft(employer, ItemChecks.FIELDS.text(draft.title(), 300, "title"),
				ItemChecks.FIELDS.optional(draft.description(), 4000, "description"), place,
				ItemChecks.FIELDS.required(draft.contractType(), "contractType"), draft.workingTime(),
				references.area(draft.areaId()), ItemChecks.FIELDS.occupation(draft.occupationUri(), "occupation"),
				ItemChecks.language(draft.language()), published, expires, ItemChecks.link(draft.url(), "url"));
	}

	private ItemPage.Query<JobOffer> query(Filter filter) {
		ItemPage.Query<JobOffer> query = new ItemPage.Query<>(JobOffer.class);
		query.contains(filter.text(), "title", "description", "employer", "place");
		if (filter.areaId() != null) {
			query.where("i.areaId = :area", "area", filter.areaId());
		}
		if (filter.contractType() != null) {
			query.where("i.contractType = :contract", "contract", filter.contractType());
		}
		if (filter.openOnly()) {
			LocalDate today = clock.today();
			query.where("i.publishedOn <= :today", "today", today).where("i.expiresOn >= :today", null, null);
		}
		return query;
	}

	static Draft draftOf(JobOffer offer) {
		return new Draft(offer.employer(), offer.title(), offer.description(), offer.place(), offer.contractType(),
				offer.workingTime() == null ? null : WorkingTime.valueOf(offer.workingTime()), offer.areaId(),
				offer.occupationUri(), offer.language(), offer.publishedOn(), offer.expiresOn(), offer.url());
	}

}
