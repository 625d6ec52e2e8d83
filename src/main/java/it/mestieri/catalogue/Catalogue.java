package it.mestieri.catalogue;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.mestieri.shared.CentreClock;

/**
 * What the catalogue holds for an occupation or an area, as the public may see it:
 * courses, open job offers (never an expired one), documents. For the occupation sheet
 * and other pages of this module: {@code catalogue.forOccupation(uri)}.
 */
@Service
@Transactional(readOnly = true)
class Catalogue {

	/**
	 * Courses (the latest first), open offers (expiring soonest first) and documents for
	 * one occupation or area.
	 */
	record Related(List<Course> courses, List<JobOffer> offers, List<LibraryDocument> documents) {

		boolean isEmpty() {
			return courses.isEmpty() && offers.isEmpty() && documents.isEmpty();
		}
	}

	@PersistenceContext
	private EntityManager em;

	private final CentreClock clock;

	Catalogue(CentreClock clock) {
		this.clock = clock;
	}

	/**
	 * The courses that target the occupation, its open offers, and the documents of the
	 * areas those courses and offers belong to. An URI that is not an ESCO occupation's
	 * finds nothing.
	 */
	Related forOccupation(String occupationUri) {
		if (!ItemChecks.looksLikeOccupation(occupationUri)) {
			return new Related(List.of(), List.of(), List.of());
		}
		String uri = occupationUri.strip().replaceFirst("^https:", "http:");
		List<Course> courses = em.createQuery(
				"select i from Course i where :uri member of i.occupationUris order by i.startsOn desc nulls last, i.id",
				Course.class)
			.setParameter("uri", uri)
			.getResultList();
		List<JobOffer> offers = openOffers().setParameter("uri", uri).getResultList();
		List<Long> areas = java.util.stream.Stream
			.concat(courses.stream().map(Course::areaId), offers.stream().map(JobOffer::areaId))
			.filter(area -> area != null)
			.distinct()
			.toList();
		List<LibraryDocument> documents = areas.isEmpty() ? List.of() : em
			.createQuery("select distinct i from LibraryDocument i join i.areaIds a where a in :areas order by i.title",
					LibraryDocument.class)
			.setParameter("areas", areas)
			.getResultList();
		return new Related(courses, offers, documents);
	}

	/** Everything of one centre area: its courses, open offers and documents. */
	Related forArea(long areaId) {
		List<Course> courses = em
			.createQuery("select i from Course i where i.areaId = :area order by i.startsOn desc nulls last, i.id",
					Course.class)
			.setParameter("area", areaId)
			.getResultList();
		List<JobOffer> offers = em
			.createQuery(
					"select i from JobOffer i where i.areaId = :area "
							+ "and i.publishedOn <= :today and i.expiresOn >= :today order by i.expiresOn, i.id",
					JobOffer.class)
			.setParameter("area", areaId)
			.setParameter("today", clock.today())
			.getResultList();
		List<LibraryDocument> documents = em
			.createQuery("select i from LibraryDocument i where :area member of i.areaIds order by i.title",
					LibraryDocument.class)
			.setParameter("area", areaId)
			.getResultList();
		return new Related(courses, offers, documents);
	}

	/** Whether the public may see this offer today. */
	boolean isOpen(JobOffer offer) {
		return offer.openOn(clock.today());
	}

	private jakarta.persistence.TypedQuery<JobOffer> openOffers() {
		LocalDate today = clock.today();
		return em
			.createQuery(
					"select i from JobOffer i where i.occupationUri = :uri "
							+ "and i.publishedOn <= :today and i.expiresOn >= :today order by i.expiresOn, i.id",
					JobOffer.class)
			.setParameter("today", today);
	}

}
