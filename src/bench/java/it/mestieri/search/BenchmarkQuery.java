package it.mestieri.search;

import java.util.Locale;

/** One search as the search page asks it: all kinds, first page of ten, facets and snippets. */
final class BenchmarkQuery {

	private static final Locale ITALIAN = Locale.ITALIAN;

	private BenchmarkQuery() {
	}

	static Object run(CatalogueSearch search, String text) {
		return search.search(CatalogueSearch.Query.of(text, ITALIAN).withSize(10));
	}
}
