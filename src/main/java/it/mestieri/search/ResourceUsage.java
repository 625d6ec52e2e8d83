package it.mestieri.search;

import org.springframework.context.event.EventListener;
import it.mestieri.catalogue.CatalogueItemViewed;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import it.mestieri.shared.CentreClock;

/**
 * Anonymous usage counts for the centre's indicators: searches per day and channel, items
 * consulted per day, and the words searched per day. Counted in memory, written in
 * batches (every minute and at shutdown) so that searching never waits for the database.
 * Never who, never from where, never the query as typed: only single normalised words,
 * and only those the catalogue's titles and labels know (a name or a number typed in the
 * box matches none and is dropped).
 */
@Component
class ResourceUsage {

	static final String SEARCH = "SEARCH";
	static final String VIEW = "VIEW";
	static final int MAX_PENDING_WORDS = 10_000;

	private static final Logger log = LoggerFactory.getLogger(ResourceUsage.class);

	private static final int VOCABULARY_SIZE = 20_000;

	private static final Pattern LETTERS = Pattern.compile("\\p{L}{3,30}");

	private static final Pattern ELIDED = Pattern.compile("^\\p{L}{1,5}['’]");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final AuthenticationTrustResolverImpl TRUST = new AuthenticationTrustResolverImpl();

	private final Map<Count, LongAdder> counts = new ConcurrentHashMap<>();

	private final Map<Word, LongAdder> words = new ConcurrentHashMap<>();

	/**
	 * Words the catalogue is known to have, remembered for the day (guarded by
	 * {@code flush}'s lock): asking the index again for every word of every minute's
	 * searches took half of the search's CPU under load. Unknown words are asked again,
	 * since the catalogue may learn them.
	 */
	private final Set<String> vocabulary = Collections.newSetFromMap(new LinkedHashMap<>(1024, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
			return size() > VOCABULARY_SIZE;
		}
	});

	private LocalDate vocabularyDay;

	private final CentreClock clock;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final CatalogueSearch search;

	ResourceUsage(CentreClock clock, JdbcClient jdbc, PlatformTransactionManager transactions, CatalogueSearch search) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
		this.search = search;
	}

	enum Channel {

		PUBLIC, STAFF;

		/** STAFF when a member of staff is logged in, PUBLIC otherwise. */
		static Channel current() {
			var authentication = SecurityContextHolder.getContext().getAuthentication();
			return TRUST.isAuthenticated(authentication) ? STAFF : PUBLIC;
		}

	}

	private record Count(LocalDate day, String kind, String itemType, long itemId, Channel channel) {
	}

	private record Word(LocalDate day, String term) {
	}

	/**
	 * A search was run: counts it, and keeps its words (normalised, one by one) until the
	 * next flush.
	 */
	void searched(String query, Channel channel) {
		LocalDate day = clock.today();
		counts.computeIfAbsent(new Count(day, SEARCH, "-", 0, channel), key -> new LongAdder()).increment();
		for (String word : CatalogueSearch.words(query)) {
			String term = normalise(word);
			if (term != null && words.size() < MAX_PENDING_WORDS) {
				words.computeIfAbsent(new Word(day, term), key -> new LongAdder()).increment();
			}
		}
	}

	@EventListener
	void catalogueItemViewed(CatalogueItemViewed viewed) {
		viewed(ItemType.valueOf(viewed.kind().name()), viewed.id(), Channel.current());
	}

	/** An item's page (or API answer) was consulted. */
	void viewed(ItemType type, long id, Channel channel) {
		counts.computeIfAbsent(new Count(clock.today(), VIEW, type.name(), id, channel), key -> new LongAdder())
			.increment();
	}

	/**
	 * Lower case, accents and elided article removed; null unless it is one word of 3 to
	 * 30 letters.
	 */
	static String normalise(String word) {
		String folded = MARKS
			.matcher(Normalizer.normalize(ELIDED.matcher(word.strip()).replaceFirst(""), Normalizer.Form.NFD))
			.replaceAll("")
			.toLowerCase(Locale.ROOT);
		return LETTERS.matcher(folded).matches() ? folded : null;
	}

	/**
	 * Writes what was counted since the last time; words the catalogue does not know are
	 * dropped here.
	 */
	@Scheduled(fixedDelayString = "${mestieri.search.usage-flush-interval:60000}", initialDelay = 60_000)
	synchronized void flush() {
		Map<Count, Long> countsNow = drain(counts);
		Map<Word, Long> wordsNow = drain(words);
		if (countsNow.isEmpty() && wordsNow.isEmpty()) {
			return;
		}
		if (!clock.today().equals(vocabularyDay)) {
			vocabulary.clear();
			vocabularyDay = clock.today();
		}
		try {
			transactions.executeWithoutResult(status -> {
				countsNow.forEach((count, hits) -> {
					int updated = jdbc
						.sql("update resources_usage set hits = hits + ? where usage_day = ? and kind = ? "
								+ "and item_type = ? and item_id = ? and channel = ?")
						.params(hits, count.day(), count.kind(), count.itemType(), count.itemId(),
								count.channel().name())
						.update();
					if (updated == 0) {
						jdbc.sql("insert into resources_usage (usage_day, kind, item_type, item_id, channel, hits) "
								+ "values (?, ?, ?, ?, ?, ?)")
							.params(count.day(), count.kind(), count.itemType(), count.itemId(), count.channel().name(),
									hits)
							.update();
					}
				});
				wordsNow.forEach((word, hits) -> {
					if (!vocabulary.contains(word.term())) {
						if (!search.knows(word.term())) {
							return;
						}
						vocabulary.add(word.term());
					}
					int updated = jdbc
						.sql("update resources_search_term set hits = hits + ? where usage_day = ? and term = ?")
						.params(hits, word.day(), word.term())
						.update();
					if (updated == 0) {
						jdbc.sql("insert into resources_search_term (usage_day, term, hits) values (?, ?, ?)")
							.params(word.day(), word.term(), hits)
							.update();
					}
				});
			});
		}
		catch (RuntimeException ex) {
			log.warn("Usage counts of {} not written: {}", clock.today(), ex.toString());
		}
	}

	@PreDestroy
	void flushOnShutdown() {
		flush();
	}

	private static <K> Map<K, Long> drain(Map<K, LongAdder> pending) {
		Map<K, Long> drained = new HashMap<>();
		for (K key : List.copyOf(pending.keySet())) {
			LongAdder adder = pending.remove(key);
			if (adder != null && adder.sum() > 0) {
				drained.put(key, adder.sum());
			}
		}
		return drained;
	}

	record DayChannel(LocalDate day, String channel, long hits) {
	}

	record DayItems(LocalDate day, String itemType, long hits) {
	}

	record TermHits(String term, long hits) {
	}

	record Report(LocalDate from, LocalDate to, long searches, long views, List<DayChannel> searchesPerDay,
			List<DayItems> viewsPerDay, List<TermHits> terms) {

		/** The largest daily figure, for bars drawn to scale. */
		public long maxDaily() {
			long max = 1;
			for (DayChannel day : searchesPerDay) {
				max = Math.max(max, day.hits());
			}
			for (DayItems day : viewsPerDay) {
				max = Math.max(max, day.hits());
			}
			return max;
		}

		public long maxTerm() {
			return terms.stream().mapToLong(TermHits::hits).max().orElse(1);
		}
	}

	/** The figures of those days (included), written first so they are up to date. */
	Report report(LocalDate from, LocalDate to) {
		flush();
		List<DayChannel> searches = jdbc.sql("select usage_day, channel, sum(hits) as hits from resources_usage "
				+ "where kind = 'SEARCH' and usage_day between ? and ? group by usage_day, channel order by usage_day, channel")
			.params(from, to)
			.query((rs, n) -> new DayChannel(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getLong(3)))
			.list();
		List<DayItems> views = jdbc.sql("select usage_day, item_type, sum(hits) as hits from resources_usage "
				+ "where kind = 'VIEW' and usage_day between ? and ? group by usage_day, item_type order by usage_day, item_type")
			.params(from, to)
			.query((rs, n) -> new DayItems(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getLong(3)))
			.list();
		List<TermHits> terms = jdbc.sql("select term, sum(hits) as hits from resources_search_term "
				+ "where usage_day between ? and ? group by term order by sum(hits) desc, term fetch first 20 rows only")
			.params(from, to)
			.query((rs, n) -> new TermHits(rs.getString(1), rs.getLong(2)))
			.list();
		return new Report(from, to, searches.stream().mapToLong(DayChannel::hits).sum(),
				views.stream().mapToLong(DayItems::hits).sum(), new ArrayList<>(searches), views, terms);
	}

}
