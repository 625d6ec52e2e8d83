package it.mestieri.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import it.mestieri.testing.LocalOpenSearch;
import it.mestieri.testing.OpenSearchTest;

/**
 * The one analysis definition gives the same tokens on both backends: each analyzer and
 * the normalizer, as the OpenSearch indexes hold them ({@code _analyze}), against the
 * Lucene analyzers the Lucene backend and the snippets use.
 */
@OpenSearchTest
class SearchAnalysisOpenSearchTest {

	private static final List<String> TEXTS = List.of("L'infermiera dell'ospedale e gli infermieri",
			"Elettricisti impiantisti civili", "all'università, perché no?", "ELETTRICISTA CIVÌLE",
			"The nurse's hairdressers and welders", "Parrucchiere/parrucchiera", "cuoco capopartita cuoco",
			"quest'anno un'offerta d'impiego 2026");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@Test
	void everyAnalyzerCutsTheSameTokensOnOpenSearchAsOnLucene() throws Exception {
		for (String name : SearchAnalysis.ANALYZERS.keySet()) {
			try (Analyzer lucene = SearchAnalysis.analyzer(name)) {
				for (String text : TEXTS) {
					assertThat(openSearch("analyzer", name, text)).as(name + ": " + text)
						.isEqualTo(tokens(lucene, text))
						.isNotEmpty();
				}
			}
		}
	}

	@Test
	void theKeywordNormalizerFoldsTheWholeValueTheSameWay() throws Exception {
		assertThat(openSearch("normalizer", SearchAnalysis.KEYWORD, "Infermiere Generalista/Infermiera CIVÌLE"))
			.containsExactly("infermiere generalista/infermiera civile");
	}

	@Test
	void aWholeTitleIsOneTokenOfItsStemmedWordsInAnyOrder() throws Exception {
		assertThat(openSearch("analyzer", SearchAnalysis.ITALIAN_WHOLE, "Elettricisti civili"))
			.isEqualTo(openSearch("analyzer", SearchAnalysis.ITALIAN_WHOLE, "civile elettricista"))
			.hasSize(1);
	}

	private static List<String> openSearch(String kind, String name, String text)
			throws IOException, InterruptedException {
		String body = JSON.writeValueAsString(Map.of(kind, name, "text", text));
		HttpResponse<String> response = HTTP
			.send(HttpRequest.newBuilder(URI.create(LocalOpenSearch.uri() + "/occupation-read/_analyze"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		List<String> tokens = new ArrayList<>();
		for (JsonNode token : JSON.readTree(response.body()).get("tokens")) {
			tokens.add(token.get("token").asString());
		}
		return tokens;
	}

	private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
		List<String> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(term.toString());
			}
			stream.end();
		}
		return tokens;
	}

}
