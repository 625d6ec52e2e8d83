package it.mestieri.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The Lucene-only settings go when the backend is Elasticsearch, and only then. */
class SearchBackendSettingsTest {

	@Test
	void onElasticsearchTheIndexDirectorySettingsAreDropped() {
		Map<String, Object> properties = new HashMap<>(Map.of("hibernate.search.backend.type", " elasticsearch ",
				"hibernate.search.backend.directory.root", "./data/index", "hibernate.search.backend.directory.type",
				"local-heap", "hibernate.search.backend.uris", "http://127.0.0.1:9200"));

		SearchBackendSettings.dropLuceneSettingsOnElasticsearch(properties);

		assertThat(properties).containsOnlyKeys("hibernate.search.backend.type", "hibernate.search.backend.uris");
	}

	@Test
	void onLuceneEverythingStays() {
		Map<String, Object> properties = new HashMap<>(Map.of("hibernate.search.backend.type", "lucene",
				"hibernate.search.backend.directory.root", "./data/index"));

		SearchBackendSettings.dropLuceneSettingsOnElasticsearch(properties);

		assertThat(properties).containsKey("hibernate.search.backend.directory.root").hasSize(2);
	}

}
