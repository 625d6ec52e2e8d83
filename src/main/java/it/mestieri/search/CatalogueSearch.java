package it.mestieri.search;

import it.mestieri.catalogue.ContractType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateOptionsCollector;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;

import it.mestieri.centre.Area;
import it.mestieri.centre.CentreDirectory;
import it.mestieri.shared.CentreClock;
import it.mestieri.shared.DomainException;

/**
 * One search across occupations, courses, job offers, documents and guides. Every word of
 * the query must be found (in any order) in a title, a label, a synonym or a text,
 * stemmed the Italian or the English way, or whole with accents folded, or, with less
 * weight, with a typo; an exact title ranks first. Job offers show only from their
 * publication day to their expiry day (the centre's today). Hits are read from the index
 * alone (projections, no entity loaded).
 */
@Service
class CatalogueSearch {

	static final int MAX_SIZE = 50;
	static final int MAX_PAGE = 1000;
	static final int MAX_QUERY_LENGTH = 200;
	static final int SNIPPET_LENGTH = 180;
	static final String MARK_OPEN = "<mark>";
	static final String MARK_CLOSE = "</mark>";

	/**
	 * The longest query whose whole text is also matched against whole titles with a
	 * typo. Its automaton costs more the longer it is (2.4 ms for 67 letters against 0.2
	 * ms for one word), and past this length the words found one by one already single
	 * the title out: on the evaluation set, the typo family's MRR is the same with this
	 * limit as without.
	 */
	static final int WHOLE_TITLE_TYPO_MAX = 40;

	private static final Pattern WORDS = Pattern.compile("[\\s,;:!?()\\[\\]{}\"+*/\\\\|<>=]+");

	private static final Pattern ELIDED = Pattern.compile("^\\p{L}{1,5}['’]");

	private static final AggregationKey<Map<Integer, Long>> TYPES = AggregationKey.of("type");

	private static final AggregationKey<Map<Long, Long>> AREAS = AggregationKey.of("area");

	private static final AggregationKey<Map<String, Long>> LANGUAGES = AggregationKey.of("language");

	private static final AggregationKey<Map<String, Long>> PLACES = AggregationKey.of("place");

	private static final AggregationKey<Map<ContractType, Long>> CONTRACTS = AggregationKey.of("contractType");

	/**
	 * Values as the index holds them: occupations (a bridge) and catalogue items (mapped
	 * fields) then agree.
	 */
	private static final ValueModel RAW = ValueModel.INDEX;

	private final EntityManagerFactory entityManagerFactory;

	private final CentreDirectory centre;

	private final CentreClock clock;

	/**
	 * Searches running at once, the others wait their turn in order. A search is pure
	 * CPU: sixteen of them sharing two cores each took two and a half times the CPU of
	 * one alone (caches thrashed at every switch), so the whole queue went slower.
	 */
	private final Semaphore running;

	private final MessageSource messages;

	private volatile Snippets snippets;

	CatalogueSearch(EntityManagerFactory entityManagerFactory, CentreDirectory centre, MessageSource messages,
			CentreClock clock, @Value("${mestieri.search.concurrency:0}") int concurrency) {
		this.entityManagerFactory = entityManagerFactory;
		this.centre = centre;
		this.messages = messages;
		this.clock = clock;
		this.running = new Semaphore(concurrency > 0 ? concurrency : Runtime.getRuntime().availableProcessors(), true);
	}

	/**
	 * What to look for: words, filters (each empty for all), the page and the user's
	 * language.
	 */
	record Query(String text, Set<ItemType> types, Set<String> areas, Set<String> languages, Set<String> places,
			Set<ContractType> contractTypes, int page, int size, Locale locale) {

		Query {
			text = firstWords(text == null ? "" : text.strip());
			types = types == null ? Set.of() : Set.copyOf(types);
			areas = areas == null ? Set.of() : Set.copyOf(areas);
			languages = languages == null ? Set.of() : Set.copyOf(languages);
			places = places == null ? Set.of() : Set.copyOf(places);
			contractTypes = contractTypes == null ? Set.of() : Set.copyOf(contractTypes);
			locale = locale == null ? Locale.ITALIAN : locale;
		}

		/**
		 * A text over {@link #MAX_QUERY_LENGTH} (a long CP2011 title pasted whole) is cut
		 * after its last whole word within the limit: the cost stays bounded and the
		 * first words are searched.
		 */
		static String firstWords(String text) {
			if (text.length() <= MAX_QUERY_LENGTH) {
				return text;
			}
			int cut = MAX_QUERY_LENGTH;
			while (cut > 0 && !Character.isWhitespace(text.charAt(cut))) {
				cut--;
			}
			return (cut == 0 ? text.substring(0, MAX_QUERY_LENGTH) : text.substring(0, cut)).strip();
		}

		static Query of(String text, Locale locale) {
			return new Query(text, null, null, null, null, null, 0, 10, locale);
		}

		Query withTypes(ItemType... only) {
			return new Query(text, Set.of(only), areas, languages, places, contractTypes, page, size, locale);
		}

		Query withSize(int newSize) {
			return new Query(text, types, areas, languages, places, contractTypes, page, newSize, locale);
		}

		boolean english() {
			return "en".equals(locale.getLanguage());
		}
	}

	/**
	 * One item found: {@code snippet} is HTML, its text escaped and the matched words in
	 * {@code <mark>}.
	 */
	record Hit(ItemType type, long id, String title, String uri, String snippet, String url, String place,
			LocalDate date) {
	}

	/** The counts of one facet's values among all the items found. */
	record Facet(String name, List<FacetValue> values) {
	}

	record FacetValue(String value, String label, long count, boolean selected) {
	}

	record Results(Query query, long total, List<Hit> items, List<Facet> facets) {

		public int pages() {
			return (int) Math.min(MAX_PAGE + 1L, (total + query.size() - 1) / query.size());
		}
	}

	/** The page of hits, the total and the facets; refuses a bad page, size or filter. */
	Results search(Query query) {
		check(query);
		return inTurn(() -> run(query));
	}

	private Results run(Query query) {
		try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
			SearchSession session = Search.session(entityManager);
			SearchScope<Object> scope = session.scope(entities(Set.of()));
			LocalDate today = clock.today();
			SearchResult<Row> result = search(session, scope, query, today, false);
			if (result.total().hitCount() == 0 && words(query.text()).stream().anyMatch(word -> word.length() >= 5)) {
				result = search(session, scope, query, today, true);
			}
			Map<String, List<String>> highlights = highlights(result.hits(), query);
			List<Hit> hits = result.hits()
				.stream()
				.map(row -> row.hit(query.english(), highlights.get(row.key())))
				.toList();
			List<Facet> facets = List.of(
					facet("type", result.aggregation(TYPES), code -> ItemType.indexed(code).name(),
							query.types().stream().map(Enum::name).toList(), query.locale()),
					facet("area", areaCodes(result.aggregation(AREAS)), value -> value, query.areas(), query.locale()),
					facet("language", result.aggregation(LANGUAGES), value -> value, query.languages(), query.locale()),
					facet("place", result.aggregation(PLACES), value -> value, query.places(), query.locale()),
					facet("contractType", result.aggregation(CONTRACTS), Enum::name,
							query.contractTypes().stream().map(Enum::name).toList(), query.locale()));
			return new Results(query, result.total().hitCount(), hits, facets);
		}
	}

	/**
	 * One pass of the search. Typo tolerance (fuzzy matching) is a second pass, run only
	 * when the words as typed find nothing: its automata cost far more than the rest of a
	 * query, and a word spelled right must not bring in lookalikes.
	 */
	private SearchResult<Row> search(SearchSession session, SearchScope<Object> scope, Query query, LocalDate today,
			boolean typos) {
		SearchPredicate where = scope.predicate().bool().with(b -> {
			words(scope.predicate(), b, query.text(), typos);
			filters(scope.predicate(), b, query, today);
		}).toPredicate();
		return session.search(scope)
			.select(f -> row(f))
			.where(where)
			.aggregation(TYPES, f -> f.terms().field(SearchMapping.TYPE, Integer.class, RAW).maxTermCount(10))
			.aggregation(AREAS, f -> f.terms().field(SearchMapping.AREA, Long.class, RAW).maxTermCount(20))
			.aggregation(LANGUAGES, f -> f.terms().field(SearchMapping.LANGUAGE, String.class, RAW).maxTermCount(10))
			.aggregation(PLACES, f -> f.terms().field(SearchMapping.PLACE, String.class, RAW).maxTermCount(15))
			.aggregation(CONTRACTS,
					f -> f.terms().field(SearchMapping.CONTRACT_TYPE, ContractType.class).maxTermCount(10))
			.fetch(query.page() * query.size(), query.size());
	}

	/** Up to {@code limit} titles starting with what was typed so far, best first. */
	List<Hit> suggest(String prefix, Locale locale, int limit) {
		String text = prefix == null ? "" : prefix.strip();
		if (text.length() < 2 || text.length() > MAX_QUERY_LENGTH) {
			return List.of();
		}
		return inTurn(() -> suggestions(text, locale, limit));
	}

	private <T> T inTurn(Supplier<T> work) {
		running.acquireUninterruptibly();
		try {
			return work.get();
		}
		finally {
			running.release();
		}
	}

	private List<Hit> suggestions(String text, Locale locale, int limit) {
		Query query = Query.of(text, locale).withSize(limit * 3);
		try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
			SearchSession session = Search.session(entityManager);
			SearchScope<Object> scope = session.scope(entities(Set.of()));
			LocalDate today = clock.today();
			List<Hit> hits = session.search(scope).select(f -> row(f)).where(f -> f.bool().with(b -> {
				b.must(f.match().field(SearchMapping.SUGGEST).matching(text, RAW).minimumShouldMatchPercent(100));
				b.should(f.match().field(SearchMapping.TITLE_EXACT).matching(text, RAW).boost(5));
				filters(f, b, query, today);
			})).fetchHits(limit * 3).stream().map(row -> row.hit(query.english(), null)).toList();
			Map<String, Hit> distinct = new LinkedHashMap<>();
			for (Hit hit : hits) {
				distinct.putIfAbsent(hit.title().toLowerCase(Locale.ROOT), hit);
			}
			return distinct.values().stream().limit(limit).toList();
		}
	}

	/**
	 * Items of those types about an ESCO occupation (courses targeting it, open offers
	 * for it).
	 */
	List<Hit> about(String occupationUri, ItemType type, Locale locale, int limit) {
		Query query = Query.of("", locale).withTypes(type).withSize(limit);
		try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
			SearchSession session = Search.session(entityManager);
			SearchScope<Object> scope = session.scope(entities(Set.of()));
			LocalDate today = clock.today();
			return session.search(scope).select(f -> row(f)).where(f -> f.bool().with(b -> {
				b.must(f.match().field(SearchMapping.OCCUPATION).matching(occupationUri, RAW));
				filters(f, b, query, today);
			})).fetchHits(limit).stream().map(row -> row.hit(query.english(), null)).toList();
		}
	}

	/**
	 * Whether a word (normalised) is in a title or label of the catalogue: the usage
	 * counts keep only those.
	 */
	boolean knows(String word) {
		try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
			SearchSession session = Search.session(entityManager);
			SearchScope<Object> scope = session.scope(entities(Set.of()));
			return session.search(scope).where(f -> f.bool().with(b -> {
				for (String field : List.of(SearchMapping.NAMES, SearchMapping.LABELS_IT, SearchMapping.TITLE_IT)) {
					b.should(f.match().field(field).matching(word, RAW));
				}
			})).fetchTotalHitCount() > 0;
		}
	}

	/**
	 * The words of a query as the search cuts them (also what the usage counts look at).
	 */
	static List<String> words(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(WORDS.split(text.strip())).filter(word -> !word.isBlank()).limit(12).toList();
	}

	private void check(Query query) {
		if (query.page() < 0 || query.page() > MAX_PAGE) {
			throw DomainException.invalid("search.invalid.page", MAX_PAGE);
		}
		if (query.size() < 1 || query.size() > MAX_SIZE) {
			throw DomainException.invalid("search.invalid.size", MAX_SIZE);
		}
		for (String area : query.areas()) {
			if (centre.area(area).isEmpty()) {
				throw DomainException.invalid("search.invalid.area", area);
			}
		}
		for (String language : query.languages()) {
			if (!language.matches("[a-z]{2,3}")) {
				throw DomainException.invalid("search.invalid.language", language);
			}
		}
	}

	private static List<Class<?>> entities(Set<ItemType> types) {
		Set<ItemType> targets = types.isEmpty() ? EnumSet.allOf(ItemType.class) : types;
		return targets.stream().<Class<?>>map(ItemType::entity).toList();
	}

	/**
	 * Each significant word must match somewhere (so word order does not matter); short
	 * words ("di", "e") count only in the whole title. Weights: exact title, then titles,
	 * labels and synonyms, then texts, then typos.
	 */
	private static void words(SearchPredicateFactory f, BooleanPredicateOptionsCollector<?, ?> b, String text,
			boolean typos) {
		List<String> words = words(text);
		if (words.isEmpty()) {
			b.must(f.matchAll());
			return;
		}
		boolean anySignificant = words.stream().anyMatch(CatalogueSearch::significant);
		for (String word : words) {
			if (anySignificant && !significant(word)) {
				// "di", "a", "e": found in most texts, they would only add lookups in
				// every field and long
				// postings to score; the whole-title fields below still weigh them.
				continue;
			}
			var clause = f.bool().with(w -> {
				w.should(f.match().field(SearchMapping.TITLE_IT).matching(word, RAW).boost(10));
				w.should(f.match().field(SearchMapping.TITLE_EN).matching(word, RAW).boost(8));
				w.should(f.match().field(SearchMapping.LABELS_IT).matching(word, RAW).boost(5));
				w.should(f.match().field(SearchMapping.LABELS_EN).matching(word, RAW).boost(4));
				w.should(f.match().field(SearchMapping.LABELS_OTHER).matching(word, RAW).boost(3));
				w.should(f.match().field(SearchMapping.TEXT_IT).matching(word, RAW).boost(1));
				w.should(f.match().field(SearchMapping.TEXT_EN).matching(word, RAW).boost(0.7f));
				w.should(f.match().field(SearchMapping.BODY_IT).matching(word, RAW).boost(0.5f));
				w.should(f.match().field(SearchMapping.ORG).matching(word, RAW).boost(1));
				if (typos) {
					// Whole words of every title and label, as typed and with one edit
					// from five letters: only
					// the typo pass needs them, the stemmed fields above find the words
					// as typed.
					w.should(f.match().field(SearchMapping.NAMES).matching(word, RAW).boost(2));
					if (word.length() >= 5) {
						w.should(f.match().field(SearchMapping.NAMES).matching(word, RAW).fuzzy(1, 2).boost(0.5f));
					}
				}
			});
			b.must(clause);
		}
		String whole = words.stream()
			.map(word -> ELIDED.matcher(word).replaceFirst(""))
			.collect(Collectors.joining(" "));
		b.should(f.match().field(SearchMapping.TITLE_EXACT).matching(whole, RAW).boost(50));
		b.should(f.match().field(SearchMapping.LABEL_EXACT).matching(whole, RAW).boost(30));
		b.should(f.match().field(SearchMapping.TITLE_STEMMED).matching(whole, RAW).boost(20));
		if (typos && whole.length() >= 5 && whole.length() <= WHOLE_TITLE_TYPO_MAX) {
			b.should(f.match().field(SearchMapping.TITLE_EXACT).matching(whole, RAW).fuzzy(1, 2).boost(20));
		}
	}

	private static boolean significant(String word) {
		return word.length() >= 3 || word.chars().anyMatch(Character::isDigit);
	}

	private void filters(SearchPredicateFactory f, BooleanPredicateOptionsCollector<?, ?> b, Query query,
			LocalDate today) {
		b.mustNot(f.range().field(SearchMapping.EXPIRES_ON).lessThan(today));
		b.mustNot(f.range().field(SearchMapping.PUBLISHED_ON).greaterThan(today));
		if (!query.types().isEmpty()) {
			b.filter(f.terms()
				.field(SearchMapping.TYPE)
				.matchingAny(query.types().stream().map(Enum::ordinal).toList(), RAW));
		}
		if (!query.areas().isEmpty()) {
			b.filter(f.terms()
				.field(SearchMapping.AREA)
				.matchingAny(query.areas().stream().map(code -> centre.requireArea(code).id().value()).toList()));
		}
		if (!query.languages().isEmpty()) {
			b.filter(f.terms().field(SearchMapping.LANGUAGE).matchingAny(List.copyOf(query.languages()), RAW));
		}
		if (!query.places().isEmpty()) {
			b.filter(f.terms().field(SearchMapping.PLACE).matchingAny(List.copyOf(query.places())));
		}
		if (!query.contractTypes().isEmpty()) {
			b.filter(f.terms().field(SearchMapping.CONTRACT_TYPE).matchingAny(List.copyOf(query.contractTypes())));
		}
	}

	/** What the index holds of a hit, read from stored fields. */
	private record Row(ItemType type, long id, String titleIt, String titleEn, String uri, String textIt, String textEn,
			String place, LocalDate date) {

		String key() {
			return type.name() + ":" + id;
		}

		Hit hit(boolean english, List<String> highlights) {
			String title = type == ItemType.OCCUPATION && english && titleEn != null ? titleEn
					: titleIt != null ? titleIt : titleEn;
			String text = english && textEn != null ? textEn : textIt != null ? textIt : textEn;
			return new Hit(type, id, title, uri, snippet(highlights, text), type.url(id), place, date);
		}
	}

	private static org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep<Row> row(
			SearchProjectionFactory<?, ?> f) {
		return f.composite()
			.from(f.field(SearchMapping.TYPE, Integer.class, RAW), f.id(Long.class),
					f.field(SearchMapping.TITLE_IT, String.class, RAW),
					f.field(SearchMapping.TITLE_EN, String.class, RAW), f.field(SearchMapping.URI, String.class, RAW),
					f.field(SearchMapping.TEXT_IT, String.class, RAW),
					f.field(SearchMapping.TEXT_EN, String.class, RAW), f.field(SearchMapping.PLACE, String.class, RAW),
					f.field(SearchMapping.STARTS_ON, LocalDate.class, RAW),
					f.field(SearchMapping.EXPIRES_ON, LocalDate.class, RAW))
			.asList(values -> new Row(ItemType.indexed((Integer) values.get(0)), (Long) values.get(1),
					(String) values.get(2), (String) values.get(3), (String) values.get(4), (String) values.get(5),
					(String) values.get(6), (String) values.get(7),
					values.get(8) != null ? (LocalDate) values.get(8) : (LocalDate) values.get(9)));
	}

	/**
	 * The marked text of each hit of one page: the user's language first, then the other;
	 * a hit whose text holds none of the words (found by a label) gets its plain text.
	 */
	private Map<String, List<String>> highlights(List<Row> rows, Query query) {
		if (rows.isEmpty() || query.text().isBlank()) {
			return Map.of();
		}
		boolean english = query.english();
		Set<String> mine = snippets().terms(query.text(), english);
		Set<String> other = snippets().terms(query.text(), !english);
		Map<String, List<String>> found = new LinkedHashMap<>();
		for (Row row : rows) {
			String marked = snippets().mark(english ? row.textEn() : row.textIt(), mine, english);
			if (marked == null) {
				marked = snippets().mark(english ? row.textIt() : row.textEn(), other, !english);
			}
			if (marked != null) {
				found.put(row.key(), List.of(marked));
			}
		}
		return found;
	}

	private Snippets snippets() {
		Snippets built = snippets;
		if (built == null) {
			built = new Snippets();
			snippets = built;
		}
		return built;
	}

	private static String snippet(List<String> highlights, String text) {
		if (highlights != null && !highlights.isEmpty()) {
			return shorten(highlights.get(0));
		}
		if (text == null || text.isBlank()) {
			return "";
		}
		String plain = text.strip();
		if (plain.length() > SNIPPET_LENGTH) {
			int cut = plain.lastIndexOf(' ', SNIPPET_LENGTH);
			plain = plain.substring(0, cut > SNIPPET_LENGTH / 2 ? cut : SNIPPET_LENGTH) + "…";
		}
		return HtmlUtils.htmlEscape(plain);
	}

	/**
	 * A long highlighted sentence cut around its first mark, at spaces, tags kept
	 * balanced.
	 */
	static String shorten(String html) {
		int limit = SNIPPET_LENGTH + 40;
		if (html.length() <= limit) {
			return html;
		}
		int mark = Math.max(0, html.indexOf(MARK_OPEN));
		int start = mark < SNIPPET_LENGTH / 2 ? 0 : html.lastIndexOf(' ', mark - SNIPPET_LENGTH / 3) + 1;
		int end = html.indexOf(' ', Math.min(html.length(), start + SNIPPET_LENGTH));
		String cut = html.substring(start, end < 0 ? html.length() : end);
		if (cut.lastIndexOf(MARK_OPEN) > cut.lastIndexOf(MARK_CLOSE)) {
			cut = cut + MARK_CLOSE;
		}
		if (cut.indexOf(MARK_CLOSE) >= 0
				&& (cut.indexOf(MARK_OPEN) < 0 || cut.indexOf(MARK_CLOSE) < cut.indexOf(MARK_OPEN))) {
			cut = MARK_OPEN + cut;
		}
		return (start > 0 ? "…" : "") + cut + (end > 0 ? "…" : "");
	}

	private Map<String, Long> areaCodes(Map<Long, Long> counts) {
		Map<String, Long> codes = new LinkedHashMap<>();
		counts.forEach((id, count) -> centre.areas()
			.stream()
			.filter(area -> area.id().value() == id)
			.findFirst()
			.map(Area::code)
			.ifPresent(code -> codes.put(code, count)));
		return codes;
	}

	private <K> Facet facet(String name, Map<K, Long> counts, java.util.function.Function<K, String> value,
			java.util.Collection<String> selected, Locale locale) {
		List<FacetValue> values = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		counts.forEach((key, count) -> {
			String v = value.apply(key);
			seen.add(v);
			values.add(new FacetValue(v, facetLabel(name, v, locale), count, selected.contains(v)));
		});
		for (String v : selected) {
			if (!seen.contains(v)) {
				values.add(new FacetValue(v, facetLabel(name, v, locale), 0, true));
			}
		}
		return new Facet(name, values);
	}

	/**
	 * The name a person reads for a facet value, in their language: the one place it is
	 * made.
	 */
	private String facetLabel(String facet, String value, Locale locale) {
		return switch (facet) {
			case "type" -> messages.getMessage("search.type." + value, null, value, locale);
			case "contractType" -> messages.getMessage("search.contract." + value, null, value, locale);
			case "area" -> centre.area(value).map(area -> area.name(locale)).orElse(value);
			case "language" -> {
				String shown = Locale.forLanguageTag(value).getDisplayLanguage(locale);
				yield shown.isEmpty() ? value : shown.substring(0, 1).toUpperCase(locale) + shown.substring(1);
			}
			default -> value;
		};
	}

}
