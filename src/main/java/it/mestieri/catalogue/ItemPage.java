package it.mestieri.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.TypedQuery;

import org.hibernate.StaleStateException;

import it.mestieri.shared.DomainException;

/** One page of catalogue items, and the query that gives it. */
record ItemPage<T>(List<T> items, long total, int page, int size) {

	static final int MAX_SIZE = 100;

	<R> ItemPage<R> map(Function<T, R> mapper) {
		return new ItemPage<>(items.stream().map(mapper).toList(), total, page, size);
	}

	public int pages() {
		return size == 0 ? 0 : (int) ((total + size - 1) / size);
	}

	/**
	 * A query over one entity with conditions joined by "and", ordered, one page of it.
	 */
	static final class Query<T> {

		private final Class<T> type;

		private final List<String> conditions = new ArrayList<>();

		private final Map<String, Object> parameters = new LinkedHashMap<>();

		Query(Class<T> type) {
			this.type = type;
		}

		Query<T> where(String condition, String name, Object value) {
			conditions.add(condition);
			if (name != null) {
				parameters.put(name, value);
			}
			return this;
		}

		/** The words typed, matched case-insensitively anywhere in one of the fields. */
		Query<T> contains(String text, String... fields) {
			if (text == null || text.isBlank()) {
				return this;
			}
			String pattern = "%" + text.strip()
				.toLowerCase(java.util.Locale.ROOT)
				.replace("\\", "\\\\")
				.replace("%", "\\%")
				.replace("_", "\\_") + "%";
			List<String> any = new ArrayList<>();
			for (String field : fields) {
				any.add("lower(i." + field + ") like :text escape '\\'");
			}
			return where("(" + String.join(" or ", any) + ")", "text", pattern);
		}

		ItemPage<T> page(EntityManager em, String order, int page, int size) {
			if (page < 0 || size < 1 || size > MAX_SIZE) {
				throw DomainException.invalid("resources.paging.invalid", MAX_SIZE);
			}
			String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
			String entity = type.getSimpleName();
			TypedQuery<Long> count = em.createQuery("select count(i) from " + entity + " i" + where, Long.class);
			TypedQuery<T> select = em.createQuery("select i from " + entity + " i" + where + " order by " + order,
					type);
			parameters.forEach((name, value) -> {
				count.setParameter(name, value);
				select.setParameter(name, value);
			});
			List<T> items = select.setFirstResult(Math.multiplyExact(page, size)).setMaxResults(size).getResultList();
			return new ItemPage<>(items, count.getSingleResult(), page, size);
		}

		List<T> all(EntityManager em, String order) {
			String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
			TypedQuery<T> select = em
				.createQuery("select i from " + type.getSimpleName() + " i" + where + " order by " + order, type);
			parameters.forEach(select::setParameter);
			return select.getResultList();
		}

	}

	/**
	 * Writes the change now, so that a concurrent change to the same item (its version
	 * moved on between our read and our write) is told as a 409 naming the item.
	 */
	static void flush(EntityManager em, String changedKey, String title) {
		try {
			em.flush();
		}
		catch (OptimisticLockException | StaleStateException ex) {
			throw DomainException.conflict(changedKey, title);
		}
	}

	/** The version the caller read must be the one saved now. */
	static void sameVersion(long saved, Long read, String changedKey, String title) {
		if (read == null) {
			throw DomainException.invalid("resources.field.required", ItemChecks.FIELDS.field("version"));
		}
		if (saved != read) {
			throw DomainException.conflict(changedKey, title);
		}
	}
}
