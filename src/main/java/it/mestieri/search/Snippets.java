package it.mestieri.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.springframework.web.util.HtmlUtils;

/**
 * Marks the words of a query in the text of a hit, as the index compares them (the same
 * analyzers: "infermieri" marks "infermiera"). Done on the page's few hits in memory,
 * from the text the search already projected: Lucene's highlighters would run a second
 * query and build automata for each request, which was a third of a search's time. The
 * analyzers are built here from {@link SearchAnalysis}, so snippets are marked whatever
 * the backend (Lucene or Elasticsearch).
 */
final class Snippets {

	private final Analyzer italian;

	private final Analyzer english;

	Snippets() {
		this.italian = SearchAnalysis.analyzer(SearchAnalysis.ITALIAN);
		this.english = SearchAnalysis.analyzer(SearchAnalysis.ENGLISH);
	}

	/** The query's analysed words, for {@link #mark}. */
	Set<String> terms(String query, boolean inEnglish) {
		Set<String> terms = new HashSet<>();
		analyse(inEnglish ? english : italian, query, (term, start, end) -> terms.add(term));
		return terms;
	}

	/**
	 * The text HTML-escaped, each word among {@code terms} in a mark; null when none
	 * occurs.
	 */
	String mark(String text, Set<String> terms, boolean inEnglish) {
		if (text == null || text.isBlank() || terms.isEmpty()) {
			return null;
		}
		StringBuilder html = new StringBuilder(text.length() + 32);
		int[] last = { 0 };
		boolean[] any = { false };
		analyse(inEnglish ? english : italian, text, (term, start, end) -> {
			if (terms.contains(term) && start >= last[0]) {
				html.append(HtmlUtils.htmlEscape(text.substring(last[0], start)))
					.append(CatalogueSearch.MARK_OPEN)
					.append(HtmlUtils.htmlEscape(text.substring(start, end)))
					.append(CatalogueSearch.MARK_CLOSE);
				last[0] = end;
				any[0] = true;
			}
		});
		if (!any[0]) {
			return null;
		}
		return html.append(HtmlUtils.htmlEscape(text.substring(last[0]))).toString();
	}

	private interface TokenSink {

		void token(String term, int start, int end);

	}

	private static void analyse(Analyzer analyzer, String text, TokenSink sink) {
		try (TokenStream tokens = analyzer.tokenStream("text", text)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
			tokens.reset();
			while (tokens.incrementToken()) {
				sink.token(term.toString(), offset.startOffset(), offset.endOffset());
			}
			tokens.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
