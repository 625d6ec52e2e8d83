package it.mestieri.catalogue;

import it.mestieri.shared.ImportJobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import it.mestieri.testing.ApiResponse;
import it.mestieri.testing.ApiTestBase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Job offers and courses as schema.org JSON-LD: the export, the import of every
 * JobPosting and Course example of schema.org (vendored in src/test/resources/schemaorg),
 * malformed files refused with the position and reason and nothing saved, re-imports that
 * update, and the round trip.
 */
class JsonLdApiTest extends ApiTestBase {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	ImportJobs jobs;

	/** The schema.org examples whose JSON-LD is a JobPosting or a Course, by their id. */
	static Map<String, JsonNode> examples() throws IOException {
		try (InputStream in = JsonLdApiTest.class
			.getResourceAsStream("/schemaorg/schemaorg-v30-examples-jobposting-course-occupation.json")) {
			Map<String, JsonNode> examples = new java.util.LinkedHashMap<>();
			for (JsonNode example : JSON.readTree(in).values()) {
				JsonNode jsonld = example.path("jsonld");
				String type = jsonld.path("@type").isString() ? jsonld.path("@type").asString() : "";
				if (type.equals("JobPosting") || type.equals("Course")) {
					examples.put(example.path("id").asString(), jsonld);
				}
			}
			return examples;
		}
	}

	/** Starts an import, which must be accepted, and waits for its job to finish. */
	JsonLdImport.Report imported(String body) {
		ApiResponse accepted = api.as("coordinator").post("/api/v1/import/jsonld", "application/ld+json", body);
		assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
		long id = accepted.id();
		assertThat(accepted.headers().firstValue("Location")).hasValue("/api/v1/imports/" + id);
		ImportJobs.Job job = jobs.find(id).orElseThrow();
		for (int i = 0; i < 600 && !job.finished(); i++) {
			sleep();
		}
		assertThat(job.status()).as("job " + id + ": " + job.failure()).isEqualTo(ImportJobs.Status.DONE);
		return (JsonLdImport.Report) job.result();
	}

	ApiResponse refused(String body) {
		return refused(400, () -> api.as("coordinator").post("/api/v1/import/jsonld", "application/ld+json", body));
	}

	@Test
	void everySchemaOrgJobPostingAndCourseExampleIsImportedOrRefusedWithItsReason() throws IOException {
		Map<String, JsonNode> examples = examples();
		assertThat(examples).hasSize(9);
		List<String> imported = new ArrayList<>();
		for (var example : examples.entrySet()) {
			if (!example.getValue().has("name") && !example.getValue().has("title")) {
				ApiResponse refused = refused(JSON.writeValueAsString(example.getValue()));
				assertThat(refused.text("$.detail")).as(example.getKey()).contains("Elemento n. 1").contains("manca");
				continue;
			}
			JsonLdImport.Report report = imported(JSON.writeValueAsString(example.getValue()));
			assertThat(report.created() + report.updated() + report.unchanged()).as(example.getKey()).isEqualTo(1);
			if (example.getKey().equals("#eg-0334 Course")) {
				assertThat(report.warnings()).anyMatch(warning -> warning.contains("395 GBP non è in euro"));
			}
			if (example.getKey().equals("#eg-0028 JobPosting")) {
				assertThat(report.warnings()).anyMatch(warning -> warning.contains("non è una professione ESCO"));
			}
			imported.add(example.getKey());
		}
		assertThat(imported).hasSize(8).doesNotContain("#eg-0332 Course");

		ApiResponse mobile = api.as("coordinator").get("/api/v1/job-offers?q=mobile+app+developer&expired=true");
		assertThat(mobile.text("$.items[0].employer")).isEqualTo("ACME Software");
		ApiResponse kirkland = api.as("coordinator").get("/api/v1/job-offers?q=kirkland&expired=true");
		assertThat(kirkland.text("$.items[0].title")).isEqualTo("Software Engineer");
		assertThat(kirkland.text("$.items[0].workingTime")).isEqualTo("FULL_TIME");
		assertThat(kirkland.text("$.items[0].publishedOn")).isEqualTo("2011-10-31");
		assertThat(kirkland.<Boolean>read("$.items[0].expired")).isTrue();
		assertThat(api.anonymous().get("/api/v1/job-offers?q=kirkland").number("$.total")).isZero();
		ApiResponse hnc = api.anonymous().get("/api/v1/courses?q=HNC+Accounting");
		assertThat(hnc.text("$.items[0].startsOn")).isEqualTo("2016-08-31");
		assertThat(hnc.text("$.items[0].place")).isEqualTo("St Brycedale Campus Kirkcaldy");
		ApiResponse physics = api.anonymous().get("/api/v1/courses?q=physics");
		assertThat(physics.text("$.items[0].providerName")).isEqualTo("University of Bristol");
		ApiResponse proofreading = api.anonymous().get("/api/v1/courses?q=proofreading");
		assertThat(proofreading.<Object>read("$.items[0].cost")).as("a price in pounds is left out").isNull();
	}

	@Test
	void aFileWithOneUnusableObjectIsRefusedWholeWithItsPositionAndReason() throws IOException {
		ObjectNode file = JSON.createObjectNode();
		file.put("@context", "https://schema.org");
		ArrayNode graph = file.putArray("@graph");
		examples().values().forEach(graph::add);
		ObjectNode person = graph.addObject();
		person.put("@type", "Person");
		person.put("name", "Peter Venkman");

		ApiResponse refused = refused(JSON.writeValueAsString(file));

		List<Map<String, Object>> errors = refused.read("$.errors");
		assertThat(errors).extracting(error -> error.get("pointer")).containsExactly("/@graph/0", "/@graph/9");
		assertThat(refused.text("$.errors[1].message")).contains("Person").contains("JobPosting o Course");
		assertThat(refused.text("$.detail")).contains("nulla è cambiato");
	}

	@Test
	void malformedJsonOrAWrongShapeIsRefusedCleanly() {
		assertThat(refused("{\"@type\": \"JobPosting\", \"title\": ").text("$.detail")).contains("non è JSON valido")
			.contains("riga 1");
		refused("");
		refused("42");
		refused("[]");
		refused("{\"@graph\": {\"@type\": \"Course\"}}");
		assertThat(refused("{\"@type\": \"JobPosting\", \"title\": \"Date strane\", \"datePosted\": \"ieri\"}")
			.text("$.detail")).contains("datePosted");
		assertThat(refused("{\"@type\": \"JobPosting\", \"title\": \"Al contrario\", \"datePosted\": \"2026-03-10\", "
				+ "\"validThrough\": \"2026-03-01\"}")
			.text("$.detail")).contains("non può essere prima");
		assertThat(refused("{\"@type\": \"Course\", \"name\": \"Link\", \"url\": \"javascript:alert(1)\"}")
			.text("$.detail")).contains("https://");
		assertThat(api.anonymous().post("/api/v1/import/jsonld", "application/ld+json", "{}").status()).isEqualTo(401);
		assertThat(api.as("counsellor").post("/api/v1/import/jsonld", "application/ld+json", "{}").status())
			.isEqualTo(403);
	}

	@Test
	void reImportingTheSameItemUpdatesItInsteadOfAddingAnother() {
		String posting = """
				{"@context": "https://schema.org", "@type": "JobPosting", "title": "Cuoco/a per mensa aziendale",
				 "url": "https://lavoro.example.org/offerte/123", "hiringOrganization": {"@type": "Organization", "name": "Mensa Sud"},
				 "jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress", "streetAddress": "Via Appia 10", "addressLocality": "Roma"}},
				 "employmentType": ["FULL_TIME", "TEMPORARY"], "datePosted": "2026-03-01", "validThrough": "2026-04-15T23:59:59+02:00",
				 "occupationalCategory": "%s"}"""
			.formatted(DemoCatalogue.COOK);
		assertThat(imported(posting).created()).isEqualTo(1);
		ApiResponse first = api.anonymous().get("/api/v1/job-offers?q=mensa+aziendale");
		assertThat(first.text("$.items[0].place")).isEqualTo("Via Appia 10, Roma");
		assertThat(first.text("$.items[0].contractType")).isEqualTo("TEMPORARY");
		assertThat(first.text("$.items[0].expiresOn")).isEqualTo("2026-04-15");
		assertThat(first.text("$.items[0].occupation")).isEqualTo(DemoCatalogue.COOK);

		JsonLdImport.Report again = imported(posting.replace("Mensa Sud", "Mensa Sud srl"));

		assertThat(again.created()).isZero();
		assertThat(again.updated()).isEqualTo(1);
		ApiResponse now = api.anonymous().get("/api/v1/job-offers?q=mensa+aziendale");
		assertThat(now.number("$.total")).isEqualTo(1);
		assertThat(now.text("$.items[0].employer")).isEqualTo("Mensa Sud srl");
		assertThat(imported(posting.replace("Mensa Sud", "Mensa Sud srl")).unchanged()).isEqualTo(1);
	}

	@Test
	void exportThenImportGivesTheSameItems() {
		ApiResponse export = api.anonymous().get("/api/v1/export/jsonld");
		assertThat(export.status()).isEqualTo(200);
		assertThat(export.contentType()).startsWith("application/ld+json");
		assertThat(export.text("$['@context']")).isEqualTo("https://schema.org");
		assertThat(export.<List<String>>read("$['@graph'][*]['@type']")).contains("JobPosting", "Course");
		String courses = api.as("coordinator").get("/api/v1/courses?size=100").body();
		String offers = api.as("coordinator").get("/api/v1/job-offers?size=100&expired=true").body();

		JsonLdImport.Report report = imported(export.body());

		assertThat(report.created()).isZero();
		assertThat(report.updated()).isZero();
		assertThat(report.unchanged()).isEqualTo(export.<List<Object>>read("$['@graph']").size());
		assertThat(api.as("coordinator").get("/api/v1/courses?size=100").body()).isEqualTo(courses);
		assertThat(api.as("coordinator").get("/api/v1/job-offers?size=100&expired=true").body()).isEqualTo(offers);
		assertThat(
				api.anonymous().get("/api/v1/export/jsonld?type=Course").<List<String>>read("$['@graph'][*]['@type']"))
			.containsOnly("Course");
		assertThat(api.anonymous().get("/api/v1/export/jsonld?type=Person").status()).isEqualTo(400);
	}

	private static void sleep() {
		try {
			Thread.sleep(50);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
