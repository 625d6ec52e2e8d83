package it.mestieri.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import it.mestieri.partners.HsdsSchemas.Kind;
import it.mestieri.testing.ApiResponse;
import it.mestieri.testing.ApiTestBase;
import it.mestieri.testing.SecurityEvents;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The HSDS 3.0 export and import over HTTP: the export validates against the vendored
 * schema, the official examples are accepted and create the partners they describe, an
 * import updates and matches partners, a re-import of our own export changes nothing, and
 * bad files are refused with a 4xx problem and nothing changed. Runs on H2
 * ({@link HsdsApiH2Test}) and PostgreSQL ({@link HsdsApiPostgresTest}); each test puts
 * the partners back as they were.
 */
abstract class HsdsApiTests extends ApiTestBase {

	static final JsonMapper JSON = JsonMapper.builder().build();
	static final String IMPORT = "/api/v1/import/hsds";
	static final String EXPORT = "/api/v1/export/hsds";

	@Autowired
	HsdsSchemas schemas;

	@Autowired
	Partners partners;

	@Autowired
	it.mestieri.shared.CentreClock centreClock;

	private PartnerTables tables;

	@BeforeEach
	void rememberThePartners() {
		tables = PartnerTables.remember(database.jdbc());
	}

	@AfterEach
	void putThePartnersBack() {
		tables.restore();
	}

	private String partners() {
		return tables.now();
	}

	static String example(String name) throws IOException {
		try (InputStream in = HsdsApiTests.class.getResourceAsStream("/hsds/examples/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private ObjectNode export() {
		ApiResponse response = api.anonymous().get(EXPORT);
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return (ObjectNode) JSON.readTree(response.body());
	}

	private static JsonNode organization(JsonNode export, String name) {
		for (JsonNode organization : export.get("contents")) {
			if (organization.get("name").asString().equals(name)) {
				return organization;
			}
		}
		throw new AssertionError("no organization " + name + " in the export");
	}

	private ApiResponse importAs(String who, String json) {
		return api.as(who).post(IMPORT, json);
	}

	private ApiResponse imported(String json) {
		ApiResponse response = importAs("coordinator", json);
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response;
	}

	private Map<String, Object> partnerNamed(String name) {
		List<Map<String, Object>> found = api.anonymous()
			.get("/api/v1/partners")
			.read("$[?(@.name == '" + name + "')]");
		assertThat(found).as("partner " + name).hasSize(1);
		return found.get(0);
	}

	@Test
	void theExportIsPublicAndEveryOrganizationInItIsValidHsds() {
		ObjectNode export = export();

		assertThat(schemas.validate(Kind.PAGE, export, "", Locale.ENGLISH)).isEmpty();
		int partners = tables.partnerCount();
		assertThat(export.get("contents").size()).isEqualTo(partners);
		assertThat(export.get("total_items").asInt()).isEqualTo(partners);
		assertThat(export.get("last_page").asBoolean()).isTrue();
		for (int i = 0; i < partners; i++) {
			assertThat(schemas.validate(Kind.ORGANIZATION, export.get("contents").get(i), "/contents/" + i,
					Locale.ENGLISH))
				.as("organization %d of the export", i)
				.isEmpty();
		}
	}

	@Test
	void aPartnerWithABareWebsiteABadEmailAndAPeriodNotYetBegunStillExportsValidHsdsAndReImportsUnchanged() {
		partners.add("Fondazione Futura", PartnerKind.FOUNDATION, "www.fondazionefutura.it", "non-una-email",
				"06 1234 5678",
				Set.of(new it.mestieri.centre.AreaId(
						database.count("select id from centre_area where code = 'LAVORO'"))),
				centreClock.today().plusMonths(1));
		String before = partners();

		ObjectNode export = export();
		JsonNode futura = organization(export, "Fondazione Futura");

		assertThat(schemas.validate(Kind.ORGANIZATION, futura, "", Locale.ENGLISH)).isEmpty();
		assertThat(futura.get("website").asString()).isEqualTo("https://www.fondazionefutura.it");
		assertThat(futura.has("email")).isFalse();
		assertThat(futura.get("phones").get(0).get("number").asString()).isEqualTo("06 1234 5678");
		assertThat(futura.get("services").get(0).get("status").asString()).isEqualTo("inactive");
		assertThat(HsdsImport.attribute(futura, HsdsIds.KIND_TAXONOMY)).hasValue("FOUNDATION");
		assertThat(imported(JSON.writeValueAsString(export)).number("$.updated")).isZero();
		assertThat(partners()).isEqualTo(before);
	}

	@Test
	void aPartnerIsAnOrganizationWithOneServicePerAreaAtTheCentresSitesWithTheirOpeningHours() {
		JsonNode solco = organization(export(), "Solco Roma");
		long id = database.count("select id from partners_partner where name = 'Solco Roma'");

		assertThat(solco.get("id").asString()).isEqualTo(HsdsIds.organization(new PartnerId(id)));
		assertThat(HsdsImport.attribute(solco, HsdsIds.KIND_TAXONOMY)).hasValue("SOCIAL_COOPERATIVE");
		assertThat(solco.get("services").valueStream().map(service -> service.get("name").asString())).containsExactly(
				"Orientarsi nelle scelte – Solco Roma", "Accompagnamento all'inserimento lavorativo – Solco Roma");
		JsonNode service = solco.get("services").get(0);
		assertThat(service.get("status").asString()).isEqualTo("active");
		assertThat(service.get("organization_id").asString()).isEqualTo(solco.get("id").asString());
		assertThat(HsdsImport.attribute(service, HsdsIds.AREA_TAXONOMY)).hasValue("ORIENTAMENTO");
		JsonNode atLocation = service.get("service_at_locations").get(0);
		JsonNode location = atLocation.get("location");
		assertThat(atLocation.get("location_id").asString()).isEqualTo(location.get("id").asString());
		assertThat(location.get("name").asString()).isEqualTo("Città dei Mestieri di Roma");
		JsonNode address = location.get("addresses").get(0);
		assertThat(address.get("address_1").asString()).isEqualTo("Via Tuscolana 2068");
		assertThat(address.get("postal_code").asString()).isEqualTo("00173");
		assertThat(address.get("city").asString()).isEqualTo("Roma");
		assertThat(address.get("region").asString()).isEqualTo("Lazio");
		assertThat(address.get("country").asString()).isEqualTo("IT");
		assertThat(location.get("schedules")
			.valueStream()
			.map(schedule -> schedule.get("freq").asString() + " " + schedule.get("byday").asString() + " "
					+ schedule.get("opens_at").asString() + "-" + schedule.get("closes_at").asString()))
			.containsExactly("WEEKLY TU,WE,TH,FR,SA 10:00-13:00", "WEEKLY TU,WE,TH,FR,SA 16:00-19:00");
	}

	@Test
	void theExportSpeaksTheCallersLanguage() {
		ApiResponse english = api.anonymous().inEnglish().get(EXPORT);

		JsonNode solco = organization(JSON.readTree(english.body()), "Solco Roma");
		assertThat(solco.get("services").get(0).get("name").asString()).isEqualTo("Getting oriented – Solco Roma");
		assertThat(solco.get("description").asString()).startsWith("Social cooperative, partner");
	}

	@Test
	void aReImportOfOurOwnExportChangesNothing() {
		String before = partners();

		ApiResponse response = imported(api.anonymous().get(EXPORT).body());

		assertThat(response.number("$.created")).isZero();
		assertThat(response.number("$.updated")).isZero();
		assertThat(response.number("$.unchanged")).isEqualTo(tables.partnerCount());
		assertThat(response.list("$.skipped")).isEmpty();
		assertThat(response.list("$.changes")).isEmpty();
		assertThat(partners()).isEqualTo(before);
		assertThat(imported(api.anonymous().inEnglish().get(EXPORT).body()).number("$.updated")).isZero();
		assertThat(partners()).isEqualTo(before);
	}

	@Test
	void anImportUpdatesKindContactsAreasAndStatusOfThePartnerItFindsByOurId() {
		ObjectNode export = export();
		ObjectNode regione = (ObjectNode) organization(export, "Regione Lazio");
		regione.put("website", "https://www.regione.lazio.it");
		regione.put("email", "orientamento@regione.lazio.it");
		regione.putArray("phones")
			.addObject()
			.put("id", "0b6a8f2e-2d4b-4a53-9c53-5d1c2d9c7f01")
			.put("number", "+39 06 51681");
		((ObjectNode) regione.get("attributes").get(0).get("taxonomy_term")).put("code", "TRAINING_OR_GUIDANCE_BODY");
		ArrayNode services = (ArrayNode) regione.get("services");
		services.addObject()
			.put("id", "6f1f3c77-39b8-4d1f-9a53-0c7f0b7a1e11")
			.put("name", "Looking for work")
			.put("status", "active");
		services.addObject()
			.put("id", "6f1f3c77-39b8-4d1f-9a53-0c7f0b7a1e12")
			.put("name", "Fare impresa – Regione Lazio")
			.put("status", "active");

		ApiResponse response;
		try (SecurityEvents events = SecurityEvents.capture()) {
			response = imported(JSON.writeValueAsString(export));
			assertThat(events.lines()).contains("security event=hsds.imported created=0 updated=1 by=coordinator");
		}

		assertThat(response.number("$.updated")).isEqualTo(1);
		assertThat(response.number("$.unchanged")).isEqualTo(tables.partnerCount() - 1);
		assertThat(response.list("$.changes[*].partner")).containsExactly("Regione Lazio");
		assertThat(response.text("$.changes[0].action")).isEqualTo("updated");
		assertThat(response.list("$.changes[0].fields[*].field")).contains("partnerKind", "email", "phone", "areas")
			.doesNotContain("name", "activeFrom");
		List<Map<String, Object>> email = response.read("$.changes[0].fields[?(@.field == 'email')]");
		assertThat(email).singleElement()
			.satisfies(field -> assertThat(field).containsEntry("after", "orientamento@regione.lazio.it"));
		List<String> areasAfter = response.read("$.changes[0].fields[?(@.field == 'areas')].after");
		assertThat(areasAfter).singleElement().asString().contains(", ");
		Map<String, Object> partner = partnerNamed("Regione Lazio");
		assertThat(partner).containsEntry("kind", "TRAINING_OR_GUIDANCE_BODY")
			.containsEntry("website", "https://www.regione.lazio.it")
			.containsEntry("email", "orientamento@regione.lazio.it")
			.containsEntry("phone", "+39 06 51681")
			.containsEntry("activeTo", null);
		assertThat((List<String>) partner.get("areas")).containsExactlyInAnyOrder("FORMAZIONE", "LAVORO", "IMPRESA");
	}

	@Test
	void allServicesInactiveEndThePartnershipYesterdayAndAnActiveOneReopensIt() {
		ObjectNode export = export();
		ObjectNode idea = (ObjectNode) organization(export, "Consorzio Idea Agenzia per il Lavoro");
		idea.get("services").forEach(service -> ((ObjectNode) service).put("status", "inactive"));

		assertThat(imported(JSON.writeValueAsString(export)).number("$.updated")).isEqualTo(1);
		assertThat(partnerNamed("Consorzio Idea Agenzia per il Lavoro")).containsEntry("activeFrom", "2009-06-01")
			.containsEntry("activeTo", centreClock.today().minusDays(1).toString());
		assertThat(organization(export(), "Consorzio Idea Agenzia per il Lavoro").get("services")
			.get(0)
			.get("status")
			.asString()).isEqualTo("inactive");

		idea.get("services").forEach(service -> ((ObjectNode) service).put("status", "active"));
		assertThat(imported(JSON.writeValueAsString(export)).number("$.updated")).isEqualTo(1);
		assertThat(partnerNamed("Consorzio Idea Agenzia per il Lavoro")).containsEntry("activeTo", null);
	}

	@Test
	void anOrganizationUnknownByIdIsFoundByNameIgnoringCase() {
		ObjectNode organization = JSON.createObjectNode()
			.put("id", "1d6f4a2e-8b7c-4d5e-9f10-112233445566")
			.put("name", "solco roma")
			.put("description", "Cooperativa sociale");

		ApiResponse response = imported(JSON.writeValueAsString(organization));

		assertThat(response.number("$.created")).isZero();
		assertThat(response.number("$.updated")).isEqualTo(1);
		assertThat(partnerNamed("solco roma")).containsEntry("kind", "SOCIAL_COOPERATIVE");
		assertThat((List<String>) partnerNamed("solco roma").get("areas")).containsExactlyInAnyOrder("ORIENTAMENTO",
				"INCLUSIONE");
	}

	@Test
	void theOfficialOrganizationExampleCreatesThePartnerItDescribesAndAgainChangesNothing() throws IOException {
		ApiResponse response = imported(example("organization_full.json"));

		assertThat(response.number("$.created")).isEqualTo(1);
		Map<String, Object> partner = partnerNamed("Example Organization Inc.");
		assertThat(partner).containsEntry("kind", "OTHER")
			.containsEntry("website", "http://example.com")
			.containsEntry("email", "email@example.com")
			.containsEntry("phone", "+44 1234 234567")
			.containsEntry("activeFrom", centreClock.today().toString())
			.containsEntry("activeTo", null);
		assertThat((List<String>) partner.get("areas")).isEmpty();

		ApiResponse again = imported(example("organization_full.json"));
		assertThat(again.number("$.created")).isZero();
		assertThat(again.number("$.unchanged")).isEqualTo(1);
	}

	@Test
	void theOfficialOrganizationListCreatesItsOrganizations() throws IOException {
		ApiResponse response = imported(example("organization_list.json"));

		assertThat(response.number("$.created")).isEqualTo(1);
		assertThat(partnerNamed("Example Organization Inc.")).containsEntry("kind", "OTHER");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "service_full.json", "service_list.json", "service_at_location_full.json",
			"service_at_location_list.json" })
	void theOfficialServiceExamplesCreateTheOrganizationTheyBelongTo(String example) throws IOException {
		ApiResponse response = imported(example(example));

		assertThat(response.number("$.created")).as(response.toString()).isEqualTo(1);
		assertThat(partnerNamed("Example Organization Inc.")).containsEntry("website", "http://example.com");
	}

	@Test
	void theOfficialLocationExampleIsAcceptedAndLeftOutBecauseSitesAreTheCentres() throws IOException {
		String before = partners();

		ApiResponse response = imported(example("location.json"));

		assertThat(response.number("$.created") + response.number("$.updated")).isZero();
		assertThat(response.text("$.skipped[0].name")).isEqualTo("MyCity Civic Center");
		assertThat(response.text("$.skipped[0].reason")).contains("impostazioni del centro");
		assertThat(partners()).isEqualTo(before);
	}

	@Test
	void aServiceAddsTheAreaItIsNamedAfterToItsOrganization() {
		String idOfSolco = organization(export(), "Solco Roma").get("id").asString();
		ObjectNode service = JSON.createObjectNode()
			.put("id", "2e7a5b3f-9c8d-4e6f-a011-223344556677")
			.put("organization_id", idOfSolco)
			.put("name", "FORMAZIONE")
			.put("status", "active");

		assertThat(imported(JSON.writeValueAsString(service)).number("$.updated")).isEqualTo(1);
		assertThat((List<String>) partnerNamed("Solco Roma").get("areas")).containsExactlyInAnyOrder("ORIENTAMENTO",
				"INCLUSIONE", "FORMAZIONE");
	}

	@Test
	void anOrganizationThatListsNoServicesKeepsItsAreasAndAServiceBesideItAddsOne() {
		JsonNode solco = organization(export(), "Solco Roma");
		ArrayNode documents = JSON.createArrayNode();
		documents.addObject()
			.put("id", solco.get("id").asString())
			.put("name", "Solco Roma")
			.put("description", "Cooperativa sociale");
		documents.addObject()
			.put("id", "2e7a5b3f-9c8d-4e6f-a011-223344556677")
			.put("organization_id", solco.get("id").asString())
			.put("name", "Scegliere la formazione")
			.put("status", "active");

		ApiResponse response = imported(JSON.writeValueAsString(documents));

		assertThat(response.number("$.updated")).isEqualTo(1);
		assertThat(partnerNamed("Solco Roma")).containsEntry("kind", "SOCIAL_COOPERATIVE");
		assertThat((List<String>) partnerNamed("Solco Roma").get("areas")).containsExactlyInAnyOrder("ORIENTAMENTO",
				"INCLUSIONE", "FORMAZIONE");
	}

	@Test
	void aServiceOfAnUnknownOrganizationIsSkippedWithTheReason() {
		ObjectNode service = JSON.createObjectNode()
			.put("id", "2e7a5b3f-9c8d-4e6f-a011-223344556677")
			.put("organization_id", "3f8b6c4a-0d9e-4f70-b122-334455667788")
			.put("name", "FORMAZIONE")
			.put("status", "active");

		ApiResponse response = api.as("coordinator").inEnglish().post(IMPORT, JSON.writeValueAsString(service));

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.text("$.skipped[0].reason")).startsWith("Unknown organization");
	}

	@Test
	void aRenameOntoAnotherPartnersNameIsSkipped() {
		ObjectNode export = export();
		((ObjectNode) organization(export, "ASL Roma 2")).put("name", "Regione Lazio");
		String before = partners();

		ApiResponse response = imported(JSON.writeValueAsString(export));

		assertThat(response.text("$.skipped[0].name")).isEqualTo("Regione Lazio");
		assertThat(response.text("$.skipped[0].reason")).contains("Esiste già un altro partner");
		assertThat(partners()).isEqualTo(before);
	}

	@Test
	void bothOperationsAreInTheOpenApiDescription() {
		ApiResponse docs = api.anonymous().get("/v3/api-docs");

		assertThat(docs.status()).as(docs.toString()).isEqualTo(200);
		assertThat((Map<String, Object>) docs.read("$.paths['/api/v1/export/hsds']")).containsKey("get");
		assertThat((Map<String, Object>) docs.read("$.paths['/api/v1/import/hsds']")).containsKey("post");
	}

	// refusals: a 4xx problem, nothing changed

	private void refused(ApiResponse response, int status, String says) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.text("$.detail")).contains(says);
	}

	@Test
	void malformedJsonIsRefusedAndNothingChanges() {
		String before = partners();

		refused(importAs("coordinator", "{\"id\": \"x\", \"name\": "), 400, "non è JSON valido");
		refused(importAs("coordinator", "{\"id\": 1, \"id\": 2}"), 400, "non è JSON valido");
		refused(importAs("coordinator", ""), 400, "vuoto");
		assertThat(partners()).isEqualTo(before);
	}

	@Test
	void wrongTypesAndMissingRequiredFieldsAreListedWithTheirPointersAndNothingChanges() throws IOException {
		ObjectNode export = export();
		((ObjectNode) export.get("contents").get(0)).put("name", 42);
		((ObjectNode) export.get("contents").get(1)).remove("description");
		((ObjectNode) export.get("contents").get(2).get("services").get(0)).put("status", "sleeping");
		((ObjectNode) export.get("contents").get(3)).put("id", "not-a-uuid");
		export.put("total_items", "many");
		String before = partners();

		ApiResponse response = importAs("coordinator", JSON.writeValueAsString(export));

		refused(response, 400, "non è stato cambiato nulla");
		assertThat(response.list("$.errors[*].pointer")).contains("/contents/0/name", "/contents/1",
				"/contents/2/services/0/status", "/contents/3/id", "/total_items");
		assertThat(response.text("$.errors[?(@.pointer == '/contents/1')].message")).contains("description");
		assertThat(partners()).isEqualTo(before);
	}

	@Test
	void theErrorsSpeakEnglishWhenAsked() {
		ApiResponse response = api.as("coordinator").inEnglish().post(IMPORT, "{\"id\": \"x\", \"name\": 1}");

		refused(response, 400, "not valid HSDS 3.0");
		assertThat(response.text("$.title")).isNotBlank();
		assertThat(response.list("$.errors[*].pointer")).contains("/id", "/name", "");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "taxonomy.json", "taxonomy_term.json", "base.json", "tabular.json" })
	void documentsThatAreNoOrganizationServiceOrLocationAreRefused(String example) throws IOException {
		String before = partners();

		ApiResponse response = importAs("coordinator", example(example));

		refused(response, 400, "non è stato cambiato nulla");
		assertThat(response.text("$.errors[0].message")).contains("organization, service");
		assertThat(partners()).isEqualTo(before);
	}

	@Test
	void notJsonAtAllIsRefused() {
		refused(importAs("coordinator", "[1, \"two\", null]"), 400, "non è stato cambiato nulla");
		assertThat(api.as("coordinator").post(IMPORT, "text/plain", "{}").status()).isEqualTo(415);
	}

	@Test
	void aFileOverFiveMegabytesIsRefused() {
		String before = partners();
		String big = "{\"id\": \"d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610\", \"name\": \"Big\", \"description\": \""
				+ "x".repeat(HsdsImport.MAX_BYTES) + "\"}";

		refused(importAs("coordinator", big), 413, "troppo grande");
		assertThat(partners()).isEqualTo(before);
	}

	@Test
	void onlyTheCoordinatorImports() throws IOException {
		String before = partners();

		assertThat(importAs("partnercoord", example("organization_full.json")).status()).isEqualTo(403);
		assertThat(api.anonymous().post(IMPORT, example("organization_full.json")).status()).isIn(401, 403);
		assertThat(partners()).isEqualTo(before);
	}

}
