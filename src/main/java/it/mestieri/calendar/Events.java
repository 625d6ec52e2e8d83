package it.mestieri.calendar;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.hibernate.StaleStateException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.mestieri.centre.AreaId;
import it.mestieri.centre.CentreDirectory;
import it.mestieri.partners.Partners;
import it.mestieri.shared.CentreClock;
import it.mestieri.shared.DomainException;

/**
 * The events of the calendar: what a coordinator writes, checked field by field, and the
 * lists the calendar, the API and the coordinator's pages read. Each change carries the
 * version read: a stale one is refused (409) and nothing is lost.
 */
@Service
@Transactional(readOnly = true)
class Events {

	static final int MAX_PAGE_SIZE = 100;

	/** What a coordinator says about an event. */
	record Draft(EventKind kind, String title, String description, Instant startsAt, Instant endsAt, String place,
			Long areaId, Long organiserPartnerId, Set<String> occupationUris, Integer capacity,
			boolean registrationRequired, boolean cancelled) {
	}

	/**
	 * Which events a list holds; every condition is optional. {@code startsFrom}
	 * included, {@code startsBefore} excluded; {@code endsAfter} keeps the events not
	 * over at that moment, {@code endedBy} those over by then. {@code latestFirst} for
	 * lists of past events.
	 */
	record Filter(Instant startsFrom, Instant startsBefore, Instant endsAfter, Instant endedBy, EventKind kind,
			String occupation, Long organiserPartnerId, boolean withCancelled, boolean latestFirst) {

		static Filter upcoming(Instant now) {
			return new Filter(null, null, now, null, null, null, null, false, false);
		}
	}

	/** One page of events. */
	record Page(List<Event> items, long total, int page, int size) {

		public int pages() {
			return (int) ((total + size - 1) / size);
		}
	}

	@PersistenceContext
	private EntityManager em;

	private final CentreDirectory centre;

	private final Partners partners;

	private final CentreClock clock;

	Events(CentreDirectory centre, Partners partners, CentreClock clock) {
		this.centre = centre;
		this.partners = partners;
		this.clock = clock;
	}

	Event get(long id) {
		Event event = em.find(Event.class, id);
		if (event == null) {
			throw DomainException.notFound("events.unknown", String.valueOf(id));
		}
		return event;
	}

	Page list(Filter filter, int page, int size) {
		if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
			throw DomainException.invalid("events.paging.invalid", MAX_PAGE_SIZE);
		}
		Query query = query(filter);
		TypedQuery<Long> count = em.createQuery("select count(e) from Event e" + query.where(), Long.class);
		TypedQuery<Event> select = em.createQuery("select e from Event e" + query.where() + " order by "
				+ (filter.latestFirst() ? "e.startsAt desc, e.id desc" : "e.startsAt, e.id"), Event.class);
		query.parameters().forEach((name, value) -> {
			count.setParameter(name, value);
			select.setParameter(name, value);
		});
		List<Event> items = select.setFirstResult(Math.multiplyExact(page, size)).setMaxResults(size).getResultList();
		return new Page(items, count.getSingleResult(), page, size);
	}

	/**
	 * Every event the filter keeps, without paging (a partner's workshops in a period).
	 */
	long count(Filter filter) {
		Query query = query(filter);
		TypedQuery<Long> count = em.createQuery("select count(e) from Event e" + query.where(), Long.class);
		query.parameters().forEach(count::setParameter);
		return count.getSingleResult();
	}

	long count() {
		return em.createQuery("select count(e) from Event e", Long.class).getSingleResult();
	}

	@Transactional
	Event create(Draft draft) {
		Draft checked = check(draft);
		Event event = new Event(clock.now());
		event.apply(checked, clock.now());
		em.persist(event);
		em.flush();
		return event;
	}

	@Transactional
	Event update(long id, Long version, Draft draft) {
		Event event = get(id);
		sameVersion(event, version);
		event.apply(check(draft), clock.now());
		flush(event);
		return event;
	}

	/**
	 * Cancels the event; it stays in the calendar's data, flagged, and leaves the public
	 * calendar.
	 */
	@Transactional
	Event cancel(long id, Long version) {
		Event event = get(id);
		sameVersion(event, version);
		event.cancel(clock.now());
		flush(event);
		return event;
	}

	@Transactional
	void delete(long id) {
		em.remove(get(id));
		em.flush();
	}

	/** The checks of every field; gives the draft as it is saved. */
	Draft check(Draft draft) {
		EventKind kind = EventChecks.FIELDS.required(draft.kind(), "kind");
		String title = EventChecks.FIELDS.text(draft.title(), 300, "title");
		String description = EventChecks.FIELDS.optional(draft.description(), 4000, "description");
		Instant startsAt = EventChecks.FIELDS.required(draft.startsAt(), "startsAt");
		Instant endsAt = EventChecks.FIELDS.required(draft.endsAt(), "endsAt");
		EventChecks.order(startsAt, endsAt);
		String place = EventChecks.FIELDS.text(draft.place(), 200, "place");
		Long area = draft.areaId();
		if (area != null) {
			centre.areas()
				.stream()
				.filter(candidate -> candidate.id().equals(new AreaId(area)))
				.findFirst()
				.orElseThrow(() -> DomainException.invalid("events.area.unknown", String.valueOf(area)));
		}
		Long partner = draft.organiserPartnerId();
		if (partner != null && partners.all().stream().noneMatch(candidate -> candidate.id().value() == partner)) {
			throw DomainException.invalid("events.partner.unknown", String.valueOf(partner));
		}
		return new Draft(kind, title, description, startsAt, endsAt, place, area, partner,
				EventChecks.FIELDS.occupations(draft.occupationUris(), "occupations"),
				EventChecks.capacity(draft.capacity()), draft.registrationRequired(), draft.cancelled());
	}

	private static void sameVersion(Event event, Long read) {
		if (read == null) {
			throw DomainException.invalid("events.field.required", EventChecks.FIELDS.field("version"));
		}
		if (event.version() != read) {
			throw DomainException.conflict("events.changed", event.title());
		}
	}

	/**
	 * Writes the change now, so that a save that raced ours is told as a 409 naming the
	 * event.
	 */
	private void flush(Event event) {
		try {
			em.flush();
		}
		catch (OptimisticLockException | StaleStateException ex) {
			throw DomainException.conflict("events.changed", event.title());
		}
	}

	private static Query query(Filter filter) {
		Query query = new Query();
		query.where("e.startsAt >= :startsFrom", "startsFrom", filter.startsFrom());
		query.where("e.startsAt < :startsBefore", "startsBefore", filter.startsBefore());
		query.where("e.endsAt > :endsAfter", "endsAfter", filter.endsAfter());
		query.where("e.endsAt <= :endedBy", "endedBy", filter.endedBy());
		query.where("e.kind = :kind", "kind", filter.kind());
		query.where(":occupation member of e.occupationUris", "occupation", filter.occupation());
		query.where("e.organiserPartnerId = :partner", "partner", filter.organiserPartnerId());
		if (!filter.withCancelled()) {
			query.conditions.add("e.cancelled = false");
		}
		return query;
	}

	/**
	 * Conditions joined by "and", each with its parameter, added only when the value is
	 * there.
	 */
	private static final class Query {

		private final List<String> conditions = new ArrayList<>();

		private final Map<String, Object> parameters = new LinkedHashMap<>();

		void where(String condition, String name, Object value) {
			if (value != null) {
				conditions.add(condition);
				parameters.put(name, value);
			}
		}

		String where() {
			return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
		}

		Map<String, Object> parameters() {
			return parameters;
		}

	}

}
