package it.mestieri.catalogue;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.springframework.transaction.annotation.Transactional;

import it.mestieri.shared.CentreClock;
import it.mestieri.shared.DomainException;

/**
 * What the four kinds of item share: one found by id (404 with the kind's message),
 * counted, made, changed with the version read (a stale one is a 409 naming the item and
 * nothing is lost), deleted. Each kind adds its draft, its checks and its list filters.
 *
 * @param <T> the kind of item
 * @param <D> what a coordinator or an import says about one
 */
@Transactional(readOnly = true)
abstract class ItemStore<T extends CatalogueItem, D> {

	@PersistenceContext
	protected EntityManager em;

	protected final CentreClock clock;

	private final Class<T> type;

	/** The kind's message keys start with it: {@code resources.course}. */
	private final String messages;

	ItemStore(Class<T> type, String messages, CentreClock clock) {
		this.type = type;
		this.messages = messages;
		this.clock = clock;
	}

	/** A new, empty item made now. */
	abstract T newItem(Instant now);

	/** The draft with every field checked, as a coordinator must give it. */
	abstract D checked(D draft);

	/** The item takes over a checked draft. */
	abstract void apply(T item, D draft, Instant now);

	T get(long id) {
		T item = em.find(type, id);
		if (item == null) {
			throw DomainException.notFound(messages + ".unknown", String.valueOf(id));
		}
		return item;
	}

	List<T> all() {
		return new ItemPage.Query<>(type).all(em, "i.id");
	}

	long count() {
		return em.createQuery("select count(i) from " + type.getSimpleName() + " i", Long.class).getSingleResult();
	}

	@Transactional
	T create(D draft) {
		T item = newItem(clock.now());
		apply(item, checked(draft), clock.now());
		em.persist(item);
		em.flush();
		return item;
	}

	@Transactional
	T update(long id, Long version, D draft) {
		T item = get(id);
		ItemPage.sameVersion(item.version(), version, messages + ".changed", item.title());
		apply(item, checked(draft), clock.now());
		ItemPage.flush(em, messages + ".changed", item.title());
		return item;
	}

	@Transactional
	void delete(long id) {
		em.remove(get(id));
		em.flush();
	}

}
