package it.mestieri.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.util.ClasspathResourceLoader;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.hibernate.search.backend.elasticsearch.analysis.model.dsl.ElasticsearchAnalysisComponentParametersStep;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * How the catalogue's words are cut and compared. Italian first: articles elided
 * ("l'infermiera"), accents folded, and a light stemmer that strips the gender and number
 * endings, so that "infermiere", "infermiera" and "infermieri" meet. English labels get
 * their own stemmer. {@code folded} keeps whole words (accents folded) for typo-tolerant
 * matching and {@code prefix} cuts edge n-grams for suggestions while typing.
 * <p>
 * One definition for both backends: each chain is a list of {@link Filter}s, each knowing
 * its Lucene factory name and its Elasticsearch type. The Lucene backend and
 * {@link Snippets} get the same Lucene analyzers ({@link #analyzer}); an Elasticsearch or
 * OpenSearch cluster gets the same chains as index settings.
 */
public class SearchAnalysis implements LuceneAnalysisConfigurer, ElasticsearchAnalysisConfigurer {

	/**
	 * Public only because Hibernate Search builds it by class name
	 * (application.properties), in every context.
	 */
	public SearchAnalysis() {
	}

	static final String ITALIAN = "italian";
	static final String ENGLISH = "english";
	static final String FOLDED = "folded";
	static final String PREFIX = "prefix";
	static final String KEYWORD = "keyword";
	static final String ITALIAN_WHOLE = "italian_whole";

	private static final String ARTICLES_FILE = "search/elision-articles-it.txt";

	/**
	 * One token filter: its Lucene factory name and parameters, its Elasticsearch type
	 * and parameters (a String, a String[], a Boolean or a Number each).
	 */
	record Filter(String name, String lucene, Map<String, String> luceneParams, String elasticsearch,
			Map<String, Object> elasticsearchParams) {
	}

	private static final Filter ELISION = new Filter("italian_elision", "elision",
			Map.of("articles", ARTICLES_FILE, "ignoreCase", "true"), "elision",
			Map.of("articles", articles(), "articles_case", true));

	private static final Filter LOWERCASE = new Filter("lower", "lowercase", Map.of(), "lowercase", Map.of());

	private static final Filter FOLDING = new Filter("folding", "asciiFolding", Map.of(), "asciifolding", Map.of());

	private static final Filter ITALIAN_STEM = new Filter("italian_light_stem", "italianLightStem", Map.of(), "stemmer",
			Map.of("language", "light_italian"));

	private static final Filter ENGLISH_POSSESSIVE = new Filter("english_possessive", "englishPossessive", Map.of(),
			"stemmer", Map.of("language", "possessive_english"));

	private static final Filter PORTER = new Filter("porter", "porterStem", Map.of(), "porter_stem", Map.of());

	private static final Filter EDGE_NGRAM = new Filter("prefix_grams", "edgeNGram",
			Map.of("minGramSize", "2", "maxGramSize", "20"), "edge_ngram", Map.of("min_gram", 2, "max_gram", 20));

	// A whole title as one token, its words stemmed (sorted, without duplicates):
	// "elettricisti" meets
	// the title "elettricista" as an exact title, which plain stemming cannot tell from a
	// longer title.
	private static final Filter WHOLE = new Filter("whole_title", "fingerprint",
			Map.of("maxOutputTokenSize", "1024", "separator", " "), "fingerprint",
			Map.of("max_output_size", 1024, "separator", " "));

	/**
	 * Every analyzer, by name: the standard tokenizer and these filters, in this order.
	 */
	static final Map<String, List<Filter>> ANALYZERS = analyzers();

	/**
	 * The normalizer of whole values ({@code keyword}): these filters on the value as one
	 * token.
	 */
	static final List<Filter> NORMALIZER = List.of(LOWERCASE, FOLDING);

	private static Map<String, List<Filter>> analyzers() {
		Map<String, List<Filter>> analyzers = new LinkedHashMap<>();
		analyzers.put(ITALIAN, List.of(ELISION, LOWERCASE, FOLDING, ITALIAN_STEM));
		analyzers.put(ENGLISH, List.of(LOWERCASE, FOLDING, ENGLISH_POSSESSIVE, PORTER));
		analyzers.put(FOLDED, List.of(ELISION, LOWERCASE, FOLDING));
		analyzers.put(PREFIX, List.of(ELISION, LOWERCASE, FOLDING, EDGE_NGRAM));
		analyzers.put(ITALIAN_WHOLE, List.of(ELISION, LOWERCASE, FOLDING, ITALIAN_STEM, WHOLE));
		return Map.copyOf(analyzers);
	}

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		ANALYZERS.keySet().forEach(name -> context.analyzer(name).instance(analyzer(name)));
		context.normalizer(KEYWORD).instance(lucene("keyword", NORMALIZER));
	}

	@Override
	public void configure(ElasticsearchAnalysisConfigurationContext context) {
		Set<Filter> filters = new LinkedHashSet<>(NORMALIZER);
		ANALYZERS.values().forEach(filters::addAll);
		for (Filter filter : filters) {
			ElasticsearchAnalysisComponentParametersStep step = context.tokenFilter(filter.name())
				.type(filter.elasticsearch());
			filter.elasticsearchParams().forEach((key, value) -> {
				if (value instanceof String[] texts) {
					step.param(key, texts);
				}
				else if (value instanceof Boolean flag) {
					step.param(key, flag);
				}
				else if (value instanceof Number number) {
					step.param(key, number);
				}
				else {
					step.param(key, (String) value);
				}
			});
		}
		ANALYZERS
			.forEach((name, chain) -> context.analyzer(name).custom().tokenizer("standard").tokenFilters(names(chain)));
		context.normalizer(KEYWORD).custom().tokenFilters(names(NORMALIZER));
	}

	/**
	 * The named analyzer, built anew for Lucene: what the index compares, for whoever
	 * needs it in memory.
	 */
	static Analyzer analyzer(String name) {
		List<Filter> chain = ANALYZERS.get(name);
		if (chain == null) {
			throw new IllegalArgumentException("No analyzer " + name);
		}
		return lucene("standard", chain);
	}

	private static Analyzer lucene(String tokenizer, List<Filter> chain) {
		try {
			CustomAnalyzer.Builder builder = CustomAnalyzer
				.builder(new ClasspathResourceLoader(SearchAnalysis.class.getClassLoader()))
				.withTokenizer(tokenizer);
			for (Filter filter : chain) {
				builder.addTokenFilter(filter.lucene(), new HashMap<>(filter.luceneParams()));
			}
			return builder.build();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String[] names(List<Filter> chain) {
		return chain.stream().map(Filter::name).toArray(String[]::new);
	}

	/**
	 * The elided articles, one a line: Elasticsearch cannot read our classpath, so it
	 * gets them inline.
	 */
	private static String[] articles() {
		try (InputStream in = SearchAnalysis.class.getClassLoader().getResourceAsStream(ARTICLES_FILE)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + ARTICLES_FILE);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter(line -> !line.isEmpty())
				.toArray(String[]::new);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
