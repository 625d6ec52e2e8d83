package it.mestieri.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import it.mestieri.partners.HsdsSchemas.Kind;
import it.mestieri.partners.HsdsSchemas.Violation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The vendored HSDS 3.0 schemas with a real validator: the official examples (vendored
 * under {@code src/test/resources/hsds/examples}) pass, broken documents fail with a JSON
 * pointer to what is wrong, in Italian or English.
 */
class HsdsSchemasTest {

	static final JsonMapper JSON = JsonMapper.builder().build();
	static final HsdsSchemas SCHEMAS = new HsdsSchemas();

	static JsonNode example(String name) throws IOException {
		try (InputStream in = HsdsSchemasTest.class.getResourceAsStream("/hsds/examples/" + name)) {
			assertThat(in).as(name).isNotNull();
			return JSON.readTree(in);
		}
	}

	@ParameterizedTest(name = "{0} is a valid {1}")
	@CsvSource({ "organization_full.json, ORGANIZATION", "service_full.json, SERVICE",
			"service_at_location_full.json, SERVICE_AT_LOCATION", "location.json, LOCATION",
			"organization_list.json, PAGE", "service_list.json, PAGE", "service_at_location_list.json, PAGE" })
	void theOfficialExamplesAreValid(String name, Kind kind) throws IOException {
		assertThat(SCHEMAS.validate(kind, example(name), "", Locale.ENGLISH)).isEmpty();
	}

	@ParameterizedTest(name = "the items of {0} are valid {1}s")
	@CsvSource({ "organization_list.json, ORGANIZATION", "service_list.json, SERVICE",
			"service_at_location_list.json, SERVICE_AT_LOCATION" })
	void theItemsOfTheOfficialListsAreValid(String name, Kind kind) throws IOException {
		JsonNode list = example(name);
		assertThat(list.get("contents").size()).isPositive();
		for (int i = 0; i < list.get("contents").size(); i++) {
			assertThat(SCHEMAS.validate(kind, list.get("contents").get(i), "/contents/" + i, Locale.ENGLISH)).isEmpty();
		}
	}

	@Test
	void aMissingRequiredFieldAWrongTypeAndABadFormatAreNamedWithTheirPointer() throws IOException {
		ObjectNode organization = (ObjectNode) example("organization_full.json");
		organization.remove("description");
		organization.put("year_incorporated", "two thousand");
		organization.put("email", "not an address");
		((ObjectNode) organization.get("services").get(0)).put("status", "sleeping");

		List<Violation> violations = SCHEMAS.validate(Kind.ORGANIZATION, organization, "/contents/2", Locale.ENGLISH);

		assertThat(violations).extracting(Violation::pointer)
			.contains("/contents/2", "/contents/2/year_incorporated", "/contents/2/email",
					"/contents/2/services/0/status");
		assertThat(violations).filteredOn(violation -> violation.pointer().equals("/contents/2"))
			.singleElement()
			.satisfies(violation -> assertThat(violation.message()).contains("description"));
	}

	@Test
	void messagesComeInItalianToo() throws IOException {
		ObjectNode organization = (ObjectNode) example("organization_full.json");
		organization.put("year_incorporated", "two thousand");

		assertThat(SCHEMAS.validate(Kind.ORGANIZATION, organization, "", Locale.ITALIAN)).singleElement()
			.satisfies(violation -> {
				assertThat(violation.pointer()).isEqualTo("/year_incorporated");
				assertThat(violation.message()).containsAnyOf("trovato", "previsto", "atteso");
			});
	}

	@Test
	void aSchemaIsReadFromTheClasspathNotTheNetwork() {
		assertThat(SCHEMAS.schema(Kind.ORGANIZATION).getSchemaNode().get("required").toString())
			.isEqualTo("[\"id\",\"name\",\"description\"]");
	}

}
