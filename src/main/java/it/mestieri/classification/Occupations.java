package it.mestieri.classification;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** What other modules read of the occupations loaded here. */
@Service
public class Occupations {

	private final JdbcClient jdbc;

	Occupations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The occupation's preferred label in that language, else in English, when the
	 * classification is loaded; empty otherwise (a page then shows the URI's link with a
	 * generic text).
	 */
	public Optional<String> label(String uri, Locale locale) {
		if (uri == null) {
			return Optional.empty();
		}
		List<String> labels = jdbc.sql("""
				select text from resources_label where concept_uri = ? and kind = 'PREFERRED' and language in (?, 'en')
				order by case when language = ? then 0 else 1 end""")
			.params(uri, locale.getLanguage(), locale.getLanguage())
			.query(String.class)
			.list();
		return labels.stream().findFirst();
	}

}
