package it.mestieri.resources;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * How the catalogue's words are cut and compared. Italian first: articles elided
 * ("l'infermiera"), accents folded, and a light stemmer that strips the gender and number
 * endings, so that "infermiere", "infermiera" and "infermieri" meet. English labels get their
 * own stemmer. {@code folded} keeps whole words (accents folded) for typo-tolerant matching and
 * {@code prefix} cuts edge n-grams for suggestions while typing.
 */
public class SearchAnalysis implements LuceneAnalysisConfigurer {

	/** Public only because Hibernate Search builds it by class name (application.properties), in every context. */
	public SearchAnalysis() {
	}

	static final String ITALIAN = "italian";
	static final String ENGLISH = "english";
	static final String FOLDED = "folded";
	static final String PREFIX = "prefix";
	static final String KEYWORD = "keyword";
	static final String ITALIAN_WHOLE = "italian_whole";

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(ITALIAN).custom()
			.tokenizer("standard")
			.tokenFilter("elision").param("articles", "search/elision-articles-it.txt").param("ignoreCase", "true")
			.tokenFilter("lowercase")
			.tokenFilter("asciiFolding")
			.tokenFilter("italianLightStem");
		context.analyzer(ENGLISH).custom()
			.tokenizer("standard")
			.tokenFilter("lowercase")
			.tokenFilter("asciiFolding")
			.tokenFilter("englishPossessive")
			.tokenFilter("porterStem");
		context.analyzer(FOLDED).custom()
			.tokenizer("standard")
			.tokenFilter("elision").param("articles", "search/elision-articles-it.txt").param("ignoreCase", "true")
			.tokenFilter("lowercase")
			.tokenFilter("asciiFolding");
		context.analyzer(PREFIX).custom()
			.tokenizer("standard")
			.tokenFilter("elision").param("articles", "search/elision-articles-it.txt").param("ignoreCase", "true")
			.tokenFilter("lowercase")
			.tokenFilter("asciiFolding")
			.tokenFilter("edgeNGram").param("minGramSize", "2").param("maxGramSize", "20");
		// A whole title as one token, each word stemmed: "elettricisti" meets the title "elettricista"
		// as an exact title, which plain stemming alone cannot tell from a longer title containing it.
		context.analyzer(ITALIAN_WHOLE).custom()
			.tokenizer("standard")
			.tokenFilter("elision").param("articles", "search/elision-articles-it.txt").param("ignoreCase", "true")
			.tokenFilter("lowercase")
			.tokenFilter("asciiFolding")
			.tokenFilter("italianLightStem")
			.tokenFilter("concatenateGraph").param("preservePositionIncrements", "false");
		context.normalizer(KEYWORD).custom()
			.tokenFilter("lowercase")
			.tokenFilter("asciiFolding");
	}
}
