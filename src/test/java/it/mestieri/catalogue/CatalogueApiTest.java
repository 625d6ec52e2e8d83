package it.mestieri.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import it.mestieri.testing.ApiResponse;
import it.mestieri.testing.ApiTestBase;
import it.mestieri.testing.Json;

/**
 * The catalogue over the API: what the coordinator writes, what is refused (a 4xx problem
 * in Italian, nothing changed), two coordinators saving the same item, expired offers
 * hidden from the public. On H2 only: items are read and written through JPA, whose SQL
 * Hibernate writes for each database.
 */
class CatalogueApiTest extends ApiTestBase {

	static final String NURSE = DemoCatalogue.NURSE;

	String course(String title, Object... more) {
		Object[] base = { "title", title, "providerName", "Ente di formazione", "area", "FORMAZIONE", "startsOn",
				"2026-04-01", "endsOn", "2026-06-30", "place", "Roma, Ostiense", "cost", 120.5, "occupations",
				List.of(NURSE) };
		return Json.withDefaults(base, more);
	}

	String offer(String title, String publishedOn, String expiresOn) {
		return Json.of("title", title, "employer", "Ditta di prova", "place", "Roma, Prati", "contractType",
				"FIXED_TERM", "workingTime", "PART_TIME", "area", "LAVORO", "occupation", NURSE, "publishedOn",
				publishedOn, "expiresOn", expiresOn);
	}

	@Test
	void aCoordinatorCreatesReadsListsChangesAndDeletesACourse() {
		ApiResponse created = created("/api/v1/courses", course("Corso CRUD di prova"));
		long id = created.id();
		assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/courses/" + id);
		assertThat(created.number("$.version")).isZero();
		assertThat(created.text("$.area")).isEqualTo("FORMAZIONE");
		assertThat(created.<Double>read("$.cost")).isEqualTo(120.5);
		assertThat(created.<List<String>>read("$.occupations")).containsExactly(NURSE);

		ApiResponse read = api.anonymous().get("/api/v1/courses/" + id);
		assertThat(read.text("$.title")).isEqualTo("Corso CRUD di prova");
		ApiResponse listed = api.anonymous().get("/api/v1/courses?q=crud+di+prova&area=FORMAZIONE");
		assertThat(listed.<List<Integer>>read("$.items[*].id")).containsExactly((int) id);
		assertThat(listed.number("$.total")).isEqualTo(1);

		ApiResponse changed = api.as("coordinator")
			.put("/api/v1/courses/" + id, course("Corso CRUD cambiato", "version", 0, "cost", 0));
		assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
		assertThat(changed.number("$.version")).isEqualTo(1);
		assertThat(changed.<Double>read("$.cost")).isZero();

		assertThat(api.as("coordinator").delete("/api/v1/courses/" + id).status()).isEqualTo(204);
		assertThat(api.anonymous().get("/api/v1/courses/" + id).status()).isEqualTo(404);
	}

	@Test
	void documentsAndGuidesAreWrittenAndReadToo() {
		ApiResponse document = created("/api/v1/documents", Json.of("title", "Manuale di prova", "kind", "BOOK",
				"language", "it", "shelfMark", "LAV 100 PRO", "audience", "ADULTS", "areas", List.of("LAVORO")));
		assertThat(document.<List<String>>read("$.areas")).containsExactly("LAVORO");
		ApiResponse guide = created("/api/v1/guides", Json.of("title", "Guida di prova", "summary", "In breve", "body",
				"1. Primo passo\n2. Secondo passo", "area", "IMPRESA", "link", "https://example.org/guida"));
		assertThat(api.anonymous().get("/api/v1/guides/" + guide.id()).text("$.body")).contains("Secondo passo");

		ApiResponse changed = api.as("coordinator")
			.put("/api/v1/documents/" + document.id(), Json.of("version", 0, "title", "Manuale di prova", "kind",
					"VIDEO", "link", "https://example.org/v", "areas", List.of()));
		assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
		assertThat(changed.text("$.kind")).isEqualTo("VIDEO");
		assertThat(changed.text("$.audience")).isEqualTo("EVERYONE");
		assertThat(api.as("coordinator").delete("/api/v1/documents/" + document.id()).status()).isEqualTo(204);
		assertThat(api.as("coordinator").delete("/api/v1/guides/" + guide.id()).status()).isEqualTo(204);
	}

	@Test
	void badInputIsRefusedInItalianAndNothingChanges() {
		assertThat(refused(400, () -> api.as("coordinator").post("/api/v1/courses", course(""))).text("$.detail"))
			.contains("Titolo")
			.contains("obbligatorio");
		assertThat(refused(400,
				() -> api.as("coordinator")
					.post("/api/v1/courses", course("Date al contrario", "startsOn", "2026-07-01")))
			.text("$.detail")).contains("non può essere prima");
		assertThat(
				refused(400, () -> api.as("coordinator").post("/api/v1/courses", course("Costo negativo", "cost", -1)))
					.text("$.detail"))
			.contains("zero o più");
		assertThat(refused(400,
				() -> api.as("coordinator")
					.post("/api/v1/courses", course("Link pericoloso", "url", "javascript:alert(1)")))
			.text("$.detail")).contains("https://");
		assertThat(refused(400, () -> api.as("coordinator")
			.post("/api/v1/courses", course("Professione finta", "occupations", List.of("http://example.org/nurse"))))
			.text("$.detail")).contains("professione ESCO");
		assertThat(refused(400,
				() -> api.as("coordinator").post("/api/v1/courses", course("Partner finto", "providerPartner", 999999)))
			.text("$.detail")).contains("Partner sconosciuto");
		assertThat(
				refused(400, () -> api.as("coordinator").post("/api/v1/courses", course("Area finta", "area", "MARTE")))
					.text("$.detail"))
			.contains("MARTE");
		assertThat(refused(400,
				() -> api.as("coordinator").post("/api/v1/courses", course("Campo sconosciuto", "colour", "blu")))
			.text("$.detail")).contains("colour");
		refused(400, () -> api.as("coordinator").post("/api/v1/courses", course("x".repeat(301))));
		assertThat(refused(400,
				() -> api.as("coordinator")
					.post("/api/v1/job-offers", offer("Scade prima", "2026-03-10", "2026-03-01")))
			.text("$.detail")).contains("Scade il");
		assertThat(refused(400, () -> api.as("coordinator")
			.post("/api/v1/job-offers", Json.of("title", "Senza datore", "place", "Roma", "contractType", "PERMANENT",
					"publishedOn", "2026-03-01", "expiresOn", "2026-04-01")))
			.text("$.detail")).contains("Datore di lavoro");
		assertThat(refused(400,
				() -> api.as("coordinator")
					.post("/api/v1/job-offers",
							Json.of("title", "Contratto strano", "employer", "x", "place", "Roma", "contractType",
									"FOREVER", "publishedOn", "2026-03-01", "expiresOn", "2026-04-01")))
			.text("$.detail")).contains("Valore sconosciuto");
		assertThat(refused(400,
				() -> api.as("coordinator").post("/api/v1/documents", Json.of("title", "Introvabile", "kind", "BOOK")))
			.text("$.detail")).contains("collocazione");
		refused(400,
				() -> api.as("coordinator").post("/api/v1/guides", Json.of("title", "Senza passi", "summary", "x")));
		refused(400, () -> api.anonymous().get("/api/v1/courses?size=1000"));
		refused(404, () -> api.as("coordinator")
			.put("/api/v1/guides/999999", Json.of("version", 0, "title", "x", "summary", "x", "body", "x")));
		refused(404, () -> api.as("coordinator").delete("/api/v1/courses/999999"));
	}

	@Test
	@SuppressWarnings("unchecked")
	void theCatalogueEndpointsAreDescribedInTheApiDocs() {
		ApiResponse docs = api.anonymous().get("/v3/api-docs");

		assertThat(docs.status()).as(docs.toString()).isEqualTo(200);
		for (String path : List.of("/api/v1/courses/{id}", "/api/v1/job-offers/{id}", "/api/v1/documents/{id}",
				"/api/v1/guides/{id}")) {
			assertThat((Map<String, Object>) docs.read("$.paths['" + path + "']")).as(path)
				.containsKeys("get", "put", "delete");
		}
		assertThat((Map<String, Object>) docs.read("$.paths['/api/v1/export/jsonld']")).containsKey("get");
		assertThat((Map<String, Object>) docs.read("$.paths['/api/v1/import/jsonld']")).containsKey("post");
	}

	@Test
	void onlyTheCoordinatorWrites() {
		assertThat(api.anonymous().post("/api/v1/courses", course("Anonimo")).status()).isEqualTo(401);
		assertThat(api.as("counsellor").post("/api/v1/courses", course("Consulente")).status()).isEqualTo(403);
		assertThat(api.as("reception").delete("/api/v1/guides/1").status()).isEqualTo(403);
	}

	@Test
	void aStaleVersionIsRefusedWith409AndNothingIsLost() {
		long id = created("/api/v1/job-offers", offer("Offerta contesa", "2026-03-01", "2026-04-30")).id();
		ApiResponse first = api.as("coordinator")
			.put("/api/v1/job-offers/" + id,
					Json.of("version", 0, "title", "Salvata per prima", "employer", "Ditta", "place", "Roma",
							"contractType", "PERMANENT", "publishedOn", "2026-03-01", "expiresOn", "2026-04-30"));
		assertThat(first.status()).as(first.toString()).isEqualTo(200);

		ApiResponse second = refused(409,
				() -> api.as("coordinator")
					.put("/api/v1/job-offers/" + id,
							Json.of("version", 0, "title", "Salvata per seconda", "employer", "Ditta", "place", "Roma",
									"contractType", "PERMANENT", "publishedOn", "2026-03-01", "expiresOn",
									"2026-04-30")));

		assertThat(second.text("$.detail")).contains("Salvata per prima").contains("ricarica");
		assertThat(api.anonymous().get("/api/v1/job-offers/" + id).text("$.title")).isEqualTo("Salvata per prima");
		refused(400, () -> api.as("coordinator")
			.put("/api/v1/job-offers/" + id, Json.of("title", "Senza versione", "employer", "Ditta", "place", "Roma",
					"contractType", "PERMANENT", "publishedOn", "2026-03-01", "expiresOn", "2026-04-30")));
	}

	@Test
	void twoCoordinatorsSavingTheSameCourseAtOnceOneWinsTheOtherGets409() throws Exception {
		long id = created("/api/v1/courses", course("Corso in gara")).id();
		oneOfTwoSavesWins("/api/v1/courses/" + id, course("Prima", "version", 0), course("Seconda", "version", 0));
	}

	@Test
	void anOfferIsHiddenFromThePublicTheDayAfterItExpiresButTheCoordinatorStillSeesIt() {
		long id = created("/api/v1/job-offers", offer("Scade oggi, di prova", "2026-03-01", "2026-03-10")).id();
		assertThat(api.anonymous().get("/api/v1/job-offers/" + id).status()).isEqualTo(200);
		assertThat(api.anonymous().get("/api/v1/job-offers?q=scade+oggi").<List<Integer>>read("$.items[*].id"))
			.containsExactly((int) id);

		clock.advance(Duration.ofDays(1));

		assertThat(api.anonymous().get("/api/v1/job-offers/" + id).status()).isEqualTo(404);
		assertThat(api.anonymous().get("/api/v1/job-offers?q=scade+oggi&expired=true").number("$.total")).isZero();
		assertThat(api.anonymous().get("/offers/" + id).status()).isEqualTo(404);
		ApiResponse coordinator = api.as("coordinator").get("/api/v1/job-offers/" + id);
		assertThat(coordinator.status()).isEqualTo(200);
		assertThat(coordinator.<Boolean>read("$.expired")).isTrue();
		assertThat(api.as("coordinator")
			.get("/api/v1/job-offers?q=scade+oggi&expired=true")
			.<List<Integer>>read("$.items[*].id")).containsExactly((int) id);
		assertThat(api.anonymous().get("/api/v1/export/jsonld?type=JobPosting").body()).doesNotContain("Scade oggi");
	}

	@Test
	void anOfferNotYetPublishedIsHiddenFromThePublicUntilItsDay() {
		long id = created("/api/v1/job-offers", offer("Esce domani, di prova", "2026-03-11", "2026-04-11")).id();

		assertThat(api.anonymous().get("/api/v1/job-offers/" + id).status()).isEqualTo(404);
		assertThat(api.anonymous().get("/api/v1/job-offers?q=esce+domani").number("$.total")).isZero();
		assertThat(api.as("coordinator").get("/api/v1/job-offers/" + id).<Boolean>read("$.expired")).isFalse();

		clock.advance(Duration.ofDays(1));

		assertThat(api.anonymous().get("/api/v1/job-offers/" + id).status()).isEqualTo(200);
	}

	@Test
	void theDemoCatalogueHasCoursesOpenAndExpiredOffersDocumentsAndGuides() {
		assertThat(api.anonymous().get("/api/v1/courses?q=esempio").number("$.total")).isGreaterThanOrEqualTo(4);
		assertThat(api.anonymous().get("/api/v1/guides?q=partita+iva").number("$.total")).isEqualTo(1);
		assertThat(api.anonymous().get("/api/v1/documents?q=esempio").number("$.total")).isGreaterThanOrEqualTo(5);
		long open = api.anonymous().get("/api/v1/job-offers?q=esempio").number("$.total");
		long all = api.as("coordinator").get("/api/v1/job-offers?q=esempio&expired=true").number("$.total");
		assertThat(open).isGreaterThanOrEqualTo(5);
		assertThat(all).isGreaterThan(open);
		List<Map<String, Object>> nurse = api.anonymous().get("/api/v1/job-offers?q=infermiere").read("$.items");
		assertThat(nurse).anySatisfy(item -> assertThat(item.get("occupation")).isEqualTo(NURSE));
	}

}
