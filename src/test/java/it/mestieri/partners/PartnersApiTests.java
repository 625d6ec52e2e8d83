package it.mestieri.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import it.mestieri.testing.ApiResponse;
import it.mestieri.testing.ApiTestBase;

/**
 * The public list of partner organisations: Rome's, in demo mode, each with its kind and
 * the areas it serves. Runs on H2 ({@link PartnersApiH2Test}) and PostgreSQL
 * ({@link PartnersApiPostgresTest}).
 */
abstract class PartnersApiTests extends ApiTestBase {

	@Test
	void anyoneSeesThePartnersWithTheirKindAndAreas() {
		ApiResponse response = api.anonymous().get("/api/v1/partners");

		assertThat(response.status()).isEqualTo(200);
		List<Map<String, Object>> partners = response.read("$");
		assertThat(partners).extracting(partner -> partner.get("name"))
			.contains("Solco Roma", "Consorzio Idea Agenzia per il Lavoro", "Regione Lazio",
					"Comune di Roma – Municipio X", "ASL Roma 2");
		Map<String, Object> idea = partners.stream()
			.filter(partner -> partner.get("name").equals("Consorzio Idea Agenzia per il Lavoro"))
			.findFirst()
			.orElseThrow();
		assertThat(idea).containsEntry("kind", "EMPLOYMENT_AGENCY").containsEntry("activeFrom", "2009-06-01");
		assertThat(idea.get("areas")).isEqualTo(List.of("LAVORO"));
	}

	@Test
	void partnersAreListedByName() {
		List<String> names = api.anonymous().get("/api/v1/partners").read("$[*].name");

		assertThat(names).isSortedAccordingTo(String::compareTo);
	}

}
