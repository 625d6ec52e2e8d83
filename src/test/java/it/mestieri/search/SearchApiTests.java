package it.mestieri.search;

import it.mestieri.classification.Occupation;
import it.mestieri.catalogue.ContractType;
import it.mestieri.catalogue.Course;
import it.mestieri.catalogue.JobOffer;
import it.mestieri.shared.ImportJobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import it.mestieri.centre.CentreDirectory;
import it.mestieri.testing.ApiResponse;
import it.mestieri.testing.ApiTestBase;

/**
 * The search and occupation API, the pages that show them and the usage counts, over HTTP
 * on real ESCO rows. Runs on H2 ({@link SearchApiH2Test}) and PostgreSQL
 * ({@link SearchApiPostgresTest}), and with the index on OpenSearch
 * ({@link SearchApiOpenSearchTest}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SearchApiTests extends ApiTestBase {

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

	@Autowired
	ResourceUsage usage;

	@Autowired
	ImportJobs jobs;

	EscoFixture fixture;

	JobOffer offer;

	Course course;

	@BeforeAll
	void load(@Autowired JdbcClient jdbc, @Autowired EntityManagerFactory emf,
			@Autowired PlatformTransactionManager transactions, @Autowired SearchIndex index,
			@Autowired CentreDirectory centre) {
		fixture = new EscoFixture(jdbc, emf, transactions, index).load();
		offer = fixture.offer("Elettricista manutentore", "Manutenzione di quadri elettrici in cantiere.", "Roma",
				ContractType.PERMANENT, "LAVORO", centre.requireArea("LAVORO").id().value(), EscoFixture.ELECTRICIAN,
				LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
		course = fixture.course("Impianti elettrici per elettricisti", "Corso serale.",
				centre.requireArea("FORMAZIONE").id().value(), "Roma", EscoFixture.ELECTRICIAN);
	}

	@AfterAll
	void clean(@Autowired JdbcClient jdbc) {
		fixture.clean();
		jdbc.sql("delete from resources_usage where usage_day = ?").param(TODAY).update();
		jdbc.sql("delete from resources_search_term where usage_day = ?").param(TODAY).update();
	}

	@Test
	void aVisitorFindsAnOccupationDespiteATypo() {
		ApiResponse response = api.anonymous().get("/api/v1/search?q=elettricsta");

		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		assertThat(response.number("$.total")).isGreaterThanOrEqualTo(3);
		Map<String, Object> first = response.read("$.items[0]");
		assertThat(first).containsEntry("type", "OCCUPATION")
			.containsEntry("title", "elettricista")
			.containsEntry("uri", EscoFixture.ELECTRICIAN)
			.containsEntry("url", "/occupations/" + fixture.occupationId(EscoFixture.ELECTRICIAN));
		assertThat(response.text("$.attribution"))
			.isEqualTo("Questo servizio utilizza la classificazione ESCO della Commissione europea.");
	}

	@Test
	void itemsCarryHighlightedSnippetsAndFacetsCount() {
		ApiResponse response = api.anonymous().get("/api/v1/search?q=quadri+elettrici&type=JOB_OFFER");

		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		List<Map<String, Object>> items = response.read("$.items");
		assertThat(items).extracting(item -> item.get("id")).contains(offer.id().intValue());
		Map<String, Object> found = items.stream()
			.filter(item -> item.get("id").equals(offer.id().intValue()))
			.findFirst()
			.orElseThrow();
		assertThat(found).containsEntry("type", "JOB_OFFER").containsEntry("url", "/offers/" + offer.id());
		assertThat((String) found.get("snippet")).contains("<mark>quadri</mark>").contains("<mark>elettrici</mark>");
		List<Map<String, Object>> contracts = response.read("$.facets[?(@.name == 'contractType')].values[*]");
		assertThat(contracts).anySatisfy(value -> assertThat(value).containsEntry("value", "PERMANENT")
			.containsEntry("label", "Tempo indeterminato"));
	}

	@Test
	void englishUsersGetEnglishTitles() {
		ApiResponse response = api.anonymous().get("/api/v1/search?q=infermiera&lang=en&type=OCCUPATION");

		assertThat(response.list("$.items[*].title")).contains("nurse responsible for general care");
		assertThat(response.text("$.facets[0].values[0].label")).isEqualTo("Occupation");
		// The API answers in the language asked for and keeps no choice: the next call
		// speaks the caller's Accept-Language again.
		assertThat(response.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("mestieri-lang"));
		assertThat(api.anonymous()
			.inEnglish()
			.get("/api/v1/search?q=infermiera&type=OCCUPATION")
			.text("$.facets[0].values[0].label")).isEqualTo("Occupation");
		assertThat(
				api.anonymous().get("/api/v1/search?q=infermiera&type=OCCUPATION").text("$.facets[0].values[0].label"))
			.isEqualTo("Professione");
	}

	@Test
	void filtersByAreaAndPlaceAndPages() {
		ApiResponse lavoro = api.anonymous().get("/api/v1/search?q=elettricista&area=LAVORO&place=Roma");
		assertThat(lavoro.list("$.items[*].id")).containsExactly(offer.id().intValue());

		ApiResponse second = api.anonymous().get("/api/v1/search?q=elettricista&page=1&size=1");
		assertThat(second.number("$.page")).isEqualTo(1);
		assertThat(second.list("$.items")).hasSize(1);
	}

	@Test
	void thePageAndTheApiReadTheFiltersAlike() {
		for (String filters : List.of("language=it", "language=IT", "area=formazione", "type=course",
				"type=COURSE&language=It&area=FORMAZIONE")) {
			ApiResponse found = api.anonymous().get("/api/v1/search?q=elettricisti&" + filters);
			assertThat(found.list("$.items[*].id")).as(filters).contains(course.id().intValue());
			ApiResponse page = api.anonymous().get("/search?q=elettricisti&" + filters);
			assertThat(page.status()).as(filters).isEqualTo(200);
			assertThat(page.body()).as(filters).contains("href=\"/courses/" + course.id() + "\"");
		}
	}

	@Test
	void facetValuesAreLabelledInTheReadersLanguageOnThePageAsInTheApi() {
		ApiResponse found = api.anonymous().get("/api/v1/search?q=quadri+elettrici&lang=en");
		assertThat(found.list("$.facets[?(@.name == 'contractType')].values[*].label")).contains("Permanent");
		ApiResponse page = api.anonymous().get("/search?q=quadri+elettrici&lang=en");
		assertThat(page.body()).contains(">Permanent<", ">Job offer<");
		// lang sets the language cookie of this client: back to Italian for the other
		// tests.
		assertThat(api.anonymous().get("/search?q=x&lang=it").status()).isEqualTo(200);
	}

	@Test
	void theLastPageIsAnEmptyPageNotAnError() {
		ApiResponse last = api.anonymous()
			.get("/api/v1/search?q=elettricista&page=" + CatalogueSearch.MAX_PAGE + "&size="
					+ CatalogueSearch.MAX_SIZE);
		assertThat(last.status()).as(last.toString()).isEqualTo(200);
		assertThat(last.list("$.items")).isEmpty();
	}

	/**
	 * Runs the start-up check, which must start a rebuild, and waits for the rebuild to
	 * be done.
	 */
	private ImportJobs.Job rebuiltAtStart(SearchIndexAtStart atStart) {
		long before = jobs.latest(SearchIndex.INDEX_JOB).map(job -> job.id).orElse(0L);

		atStart.rebuildWhatIsOutOfStep();

		ImportJobs.Job job = jobs.latest(SearchIndex.INDEX_JOB).orElseThrow();
		assertThat(job.id).isGreaterThan(before);
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(job::finished);
		assertThat(job.status()).isEqualTo(ImportJobs.Status.DONE);
		return job;
	}

	@Test
	void anEmptyIndexIsRebuiltAtStart(@Autowired SearchIndexAtStart atStart, @Autowired EntityManagerFactory emf) {
		var workspace = org.hibernate.search.mapper.orm.Search.mapping(emf).scope(SearchIndex.INDEXED).workspace();
		workspace.purge();
		workspace.refresh();
		assertThat(api.anonymous().get("/api/v1/search?q=elettricista").number("$.total")).isZero();

		rebuiltAtStart(atStart);

		assertThat(api.anonymous().get("/api/v1/search?q=elettricista").list("$.items[*].id"))
			.contains(offer.id().intValue());
	}

	@Test
	void aKindPartlyMissingFromTheIndexIsRebuiltAtStart(@Autowired SearchIndexAtStart atStart,
			@Autowired EntityManagerFactory emf) {
		var offers = org.hibernate.search.mapper.orm.Search.mapping(emf).scope(JobOffer.class).workspace();
		offers.purge();
		offers.refresh();
		assertThat(api.anonymous().get("/api/v1/search?q=elettricista&type=JOB_OFFER").number("$.total")).isZero();

		ImportJobs.Job job = rebuiltAtStart(atStart);

		assertThat(api.anonymous().get("/api/v1/search?q=elettricista&type=JOB_OFFER").list("$.items[*].id"))
			.contains(offer.id().intValue());

		atStart.rebuildWhatIsOutOfStep();
		assertThat(jobs.latest(SearchIndex.INDEX_JOB).orElseThrow().id).as("in step: nothing rebuilt")
			.isEqualTo(job.id);
	}

	@Test
	void anIndexBuiltByAnotherMappingIsDroppedAtStartThenRebuilt(@Autowired SearchIndexAtStart atStart,
			@Autowired JdbcClient jdbc) {
		atStart.dropWhenBuiltByAnotherMapping();
		assertThat(api.anonymous().get("/api/v1/search?q=elettricista").list("$.items[*].id"))
			.as("built by this version: left alone")
			.contains(offer.id().intValue());
		jdbc.sql("update resources_search_index set mapping_version = ? where id = 1")
			.param(SearchMapping.VERSION - 1)
			.update();

		atStart.dropWhenBuiltByAnotherMapping();

		assertThat(api.anonymous().get("/api/v1/search?q=elettricista").number("$.total")).isZero();
		assertThat(jdbc.sql("select mapping_version from resources_search_index").query(Integer.class).list())
			.containsExactly(SearchMapping.VERSION);
		rebuiltAtStart(atStart);
		assertThat(api.anonymous().get("/api/v1/search?q=elettricista").list("$.items[*].id"))
			.contains(offer.id().intValue());
	}

	@Test
	void badParametersAreRefusedInItalian() {
		assertRefused("/api/v1/search?q=x&size=51", "Il numero di risultati per pagina deve essere da 1 a 50.");
		assertRefused("/api/v1/search?q=x&page=-1", "La pagina deve essere un numero da 0 a 1000.");
		assertRefused("/api/v1/search?q=x&type=PERSON", "Il tipo PERSON non esiste");
		assertRefused("/api/v1/search?q=x&contractType=FOREVER", "Il tipo di contratto FOREVER non esiste.");
		assertRefused("/api/v1/search?q=x&area=NOWHERE", "L'area NOWHERE non esiste.");
		assertRefused("/api/v1/search?q=x&lang=xx", "La lingua xx non è disponibile");
		assertRefused("/api/v1/search?q=x&size=many", "size");
	}

	@Test
	void aLongTitlePastedWholeIsSearchedByItsFirstWords() {
		// Every word must match: the words past the first 200 characters, which nothing
		// holds, are not searched.
		String firstWords = "impianti elettrici ".repeat(10);
		String pasted = firstWords + "elettricisti " + "astronavi cometarie ".repeat(5);

		ApiResponse response = api.anonymous()
			.get("/api/v1/search?q=" + java.net.URLEncoder.encode(pasted, java.nio.charset.StandardCharsets.UTF_8));

		assertThat(firstWords).hasSizeLessThanOrEqualTo(200);
		assertThat(pasted).hasSizeGreaterThan(200);
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		assertThat(response.list("$.items[*].id")).as(response.toString()).contains(course.id().intValue());
		assertThat(api.anonymous().get("/search?q=" + "a".repeat(5000)).status()).isEqualTo(200);
	}

	@Test
	void oddInputIsAnsweredNeverWithAServerError() {
		for (String q : List.of("'", "-", "*", "%22", "a", "%C3%A9", "%E2%80%AE%F0%9F%98%80", "OR+AND+NOT",
				"%3Cscript%3E", "elettricista~2", "(((", "%5C", "a+b+c+d+e+f+g+h+i+j+k+l+m+n+o+p")) {
			ApiResponse response = api.anonymous().get("/api/v1/search?q=" + q);
			assertThat(response.status()).as(q + ": " + response).isEqualTo(200);
			assertThat(api.anonymous().get("/search?q=" + q).status()).as(q).isEqualTo(200);
			assertThat(api.anonymous().get("/api/v1/search/suggest?q=" + q).status()).as(q).isEqualTo(200);
		}
	}

	private void assertRefused(String path, String message) {
		ApiResponse response = api.anonymous().get(path);
		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.text("$.detail")).contains(message);
	}

	@Test
	void suggestionsWhileTyping() {
		ApiResponse response = api.anonymous().get("/api/v1/search/suggest?q=saldat");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.list("$.items[*].title")).contains("saldatore/saldatrice");
		assertThat(response.text("$.attribution")).contains("ESCO");
		assertThat(api.anonymous().get("/api/v1/search/suggest?q=s").list("$.items")).isEmpty();
	}

	@Test
	void theOccupationApiGivesLabelsCodesSkillsAndRelatedItems() {
		long id = fixture.occupationId(EscoFixture.ELECTRICIAN);
		ApiResponse response = api.anonymous().get("/api/v1/occupations/" + id);

		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		assertThat(response.text("$.title")).isEqualTo("elettricista");
		assertThat(response.list("$.labels.en.PREFERRED")).containsExactly("electrician");
		assertThat(response.list("$.labels.en.ALTERNATIVE")).contains("electrical maintenance technician");
		assertThat(response.text("$.isco.code")).isEqualTo("7411");
		assertThat(response.text("$.isco.label")).isNotBlank();
		assertThat(response.list("$.cp2011[*].code")).containsExactly("6.1.3.7.0");
		assertThat(response.text("$.cp2011[0].relation")).isEqualTo("CLOSE");
		assertThat(response.text("$.descriptions.en")).startsWith("Electricians");
		assertThat(response.list("$.skills.essential")).isNotEmpty();
		assertThat(response.text("$.skills.essential[0].language")).isEqualTo("en");
		assertThat(response.list("$.related.courses[*].id")).contains(course.id().intValue());
		assertThat(response.list("$.related.openOffers[*].id")).contains(offer.id().intValue());
		assertThat(response.text("$.askAt.code")).isEqualTo("LAVORO");
		assertThat(response.text("$.attribution")).contains("ESCO");

		assertThat(api.anonymous().get("/api/v1/occupations/999999999").status()).isEqualTo(404);
	}

	@Test
	void theCoordinatorRebuildsTheIndexAsAJob() {
		ApiResponse response = api.as("coordinator").post("/api/v1/search/index");

		assertThat(response.status()).as(response.toString()).isEqualTo(202);
		assertThat(response.headers().firstValue("Location").orElseThrow()).matches("/api/v1/imports/\\d+");
		assertThat(response.text("$.kind")).isEqualTo("search-index");
		// The rebuild empties the index first: the other tests wait for it to end.
		ImportJobs.Job job = jobs.find(response.id()).orElseThrow();
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(job::finished);
		assertThat(job.status()).isEqualTo(ImportJobs.Status.DONE);
		assertThat(api.as("reception").post("/api/v1/search/index").status()).isEqualTo(403);
		assertThat(api.anonymous().post("/api/v1/search/index").status()).isEqualTo(401);
	}

	@Test
	void usageIsCountedWithoutKeepingTheQuery() {
		usage.flush();
		long before = searches();
		api.anonymous().get("/api/v1/search?q=elettricista+Mario+Rossi+3331234567");
		api.as("counsellor").get("/api/v1/search?q=saldatore");
		api.anonymous().get("/api/v1/occupations/" + fixture.occupationId(EscoFixture.WELDER));
		api.anonymous().get("/courses/" + course.id());
		usage.flush();

		assertThat(searches()).isEqualTo(before + 2);
		List<String> terms = database.jdbc()
			.sql("select term from resources_search_term where usage_day = ?")
			.param(TODAY)
			.query(String.class)
			.list();
		assertThat(terms).contains("elettricista", "saldatore").doesNotContain("mario", "rossi", "3331234567");
		assertThat(database.jdbc()
			.sql("select count(*) from resources_search_term where term like '% %'")
			.query(Long.class)
			.single()).isZero();

		ApiResponse report = api.as("coordinator").get("/api/v1/search/usage?from=2026-03-10&to=2026-03-10");
		assertThat(report.status()).as(report.toString()).isEqualTo(200);
		assertThat(report.list("$.searchesPerDay[*].channel")).contains("PUBLIC", "STAFF");
		assertThat(report.list("$.viewsPerDay[*].itemType")).contains("OCCUPATION", "COURSE");
		assertThat(report.list("$.terms[*].term")).contains("elettricista");
		assertThat(api.as("coordinator").get("/api/v1/search/usage?from=2026-03-11&to=2026-03-10").status())
			.isEqualTo(400);
		assertThat(api.as("counsellor").get("/api/v1/search/usage").status()).isEqualTo(403);
	}

	private long searches() {
		return database.jdbc()
			.sql("select coalesce(sum(hits), 0) from resources_usage where usage_day = ? and kind = 'SEARCH'")
			.param(TODAY)
			.query(Long.class)
			.single();
	}

	@Test
	void theSearchPageShowsResultsFacetsAndPages() {
		ApiResponse page = api.anonymous().get("/search?q=elettricsta");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("href=\"/occupations/" + fixture.occupationId(EscoFixture.ELECTRICIAN) + "\"")
			.contains("name=\"type\"")
			.contains("Professione")
			.contains("Questo servizio utilizza la classificazione ESCO");
		ApiResponse none = api.anonymous().get("/search?q=zzzyyyxxx");
		assertThat(none.body()).contains("Nessun risultato").contains("Prova con meno parole");
		ApiResponse bad = api.anonymous().get("/search?q=x&page=abc");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body()).contains("La pagina deve essere un numero");
		ApiResponse suggestions = api.anonymous().get("/search/suggest?q=parrucc");
		assertThat(suggestions.body()).contains("<option value=\"parrucchiere/parrucchiera\"");
	}

	@Test
	void theOccupationSheetShowsFormsDescriptionInEnglishAndWhatTheCentreHas() {
		long nurse = fixture.occupationId(EscoFixture.NURSE);
		ApiResponse page = api.anonymous().get("/occupations/" + nurse);

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("infermiere generalista/infermiera generalista")
			.contains("infermiere generalista, infermiera generalista")
			.contains("La descrizione non è disponibile in italiano")
			.contains("lang=\"en\"")
			.contains("3.2.1.1.1")
			.contains("Professioni sanitarie infermieristiche")
			.contains("Il colloquio di lavoro nella sanità: simulazioni (esempio)")
			.contains("Orientarsi nelle scelte")
			.contains("Questo servizio utilizza la classificazione ESCO");
		ApiResponse electrician = api.anonymous().get("/occupations/" + fixture.occupationId(EscoFixture.ELECTRICIAN));
		assertThat(electrician.body()).contains("Elettricista manutentore")
			.contains("Impianti elettrici per elettricisti")
			.contains("Cercare lavoro");

		ApiResponse english = api.as("counsellor").get("/occupations/" + nurse + "?lang=en");
		assertThat(english.body()).contains("nurse responsible for general care")
			.contains("practice nurse")
			.doesNotContain("The name is not available")
			.doesNotContain("The description is not available");
		assertThat(api.as("counsellor").get("/occupations/" + nurse + "?lang=it").status()).isEqualTo(200);

		ApiResponse byUri = api.anonymous().get("/occupations/by-uri?uri=" + EscoFixture.NURSE);
		assertThat(byUri.status()).isEqualTo(302);
		assertThat(byUri.headers().firstValue("Location").orElseThrow()).endsWith("/occupations/" + nurse);
		assertThat(api.anonymous().get("/occupations/by-uri?uri=http://example.org/x").status()).isEqualTo(404);
	}

	@Test
	void theCoordinatorSeesTheUsageFigures() throws Exception {
		it.mestieri.testing.Browser coordinator = new it.mestieri.testing.Browser(port);
		coordinator.logIn("coordinator", password);
		var page = coordinator.get("/resources/usage?from=2026-03-01&to=2026-03-10");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Uso del catalogo e della ricerca").contains("<caption");
		assertThat(coordinator.get("/resources/usage?from=2026-03-10&to=2026-03-01").statusCode()).isEqualTo(400);
	}

}
