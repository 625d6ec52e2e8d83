package it.mestieri.catalogue;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

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
abstract class ItemStore<T extends CatalogueItem<D>, D> {

	@PersistenceContext
	protected EntityManager em;

	protected final CentreClock clock;

	private final Class<T> type;

	private final Function<Instant, T> newItem;

	private final String unknownKey;

	private final String changedKey;

	/**
	 * {@code unknownKey}: the message of a 404, with the id; {@code changedKey}: of a
	 * stale version, with the title.
	 */
	ItemStore(Class<T> type, Function<Instant, T> newItem, String unknownKey, String changedKey, CentreClock clock) {
		this.type = type;
		this.newItem = newItem;
		this.unknownKey = unknownKey;
		this.changedKey = changedKey;
		this.clock = clock;
	}

	/** The draft with every field checked, as a coordinator must give it. */
	abstract D checked(D draft);

	T get(long id) {
		T item = em.find(type, id);
		if (item == null) {
			throw DomainException.notFound(unknownKey, String.valueOf(id));
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
		T item = newItem.apply(clock.now());
		item.apply(checked(draft), clock.now());
		em.persist(item);
		em.flush();
		return item;
	}

	@Transactional
	T update(long id, Long version, D draft) {
		T item = get(id);
		ItemPage.sameVersion(item.version(), version, changedKey, item.title());
		item.apply(checked(draft), clock.now());
		ItemPage.flush(em, changedKey, item.title());
		return item;
	}

	@Transactional
	void delete(long id) {
		em.remove(get(id));
		em.flush();
	}

}
