package it.mestieri.classification;

import it.mestieri.shared.ImportJobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

import it.mestieri.testing.Api.Caller;
import it.mestieri.testing.Api.FilePart;
import it.mestieri.testing.ApiResponse;
import it.mestieri.testing.ApiTestBase;
import it.mestieri.testing.TestDatabase.Snapshot;

/**
 * The classification import over HTTP: an ESCO package in a 1.0.x and a 1.2.x layout, a
 * newer version over an older one, a second language, the Italian labels and the CP2011
 * mapping, and one refusal per kind of bad file (file, line and reason, in Italian and
 * English, nothing changed). Runs on H2 ({@link ClassificationApiH2Test}) and PostgreSQL
 * ({@link ClassificationApiPostgresTest}).
 */
abstract class ClassificationApiTests extends ApiTestBase {

	static final String IMPORT = "/api/v1/import/esco";
	static final String NURSE = "http://data.europa.eu/esco/occupation/test-nurse";
	static final String ELECTRICIAN = "http://data.europa.eu/esco/occupation/test-electrician";
	static final String V10 = "v1.0/";
	static final String V12 = "v1.2/";

	@Autowired
	jakarta.persistence.EntityManagerFactory entityManagerFactory;

	@AfterEach
	void emptyTheClassification() {
		ClassificationTables.clear(database.jdbc(), entityManagerFactory);
	}

	static FilePart file(String path) {
		return file(path.substring(path.lastIndexOf('/') + 1), ClassificationTables.fixture(path));
	}

	static FilePart file(String name, byte[] content) {
		return new FilePart("files", name, name.endsWith(".zip") ? "application/zip" : "text/csv", content);
	}

	static FilePart file(String name, String content) {
		return file(name, content.getBytes(StandardCharsets.UTF_8));
	}

	static List<FilePart> package10() {
		return List.of(file(V10 + "occupations_en.csv"), file(V10 + "skills_en.csv"), file(V10 + "ISCOGroups_en.csv"),
				file(V10 + "occupationSkillRelations.csv"));
	}

	ApiResponse start(Caller who, List<FilePart> files, Map<String, String> fields) {
		ApiResponse started = who.postFiles(IMPORT, files, fields);
		assertThat(started.status()).as(started.toString()).isEqualTo(202);
		assertThat(started.headers().firstValue("Location")).hasValue("/api/v1/imports/" + started.id());
		return started;
	}

	/** Polls the job until it has finished and returns its last state. */
	ApiResponse finished(Caller who, long id) {
		List<Long> seen = new ArrayList<>();
		for (int i = 0; i < 600; i++) {
			ApiResponse job = who.get("/api/v1/imports/" + id);
			assertThat(job.status()).as(job.toString()).isEqualTo(200);
			seen.add(job.number("$.done"));
			if (Boolean.TRUE.equals(job.read("$.finished"))) {
				return job;
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		throw new AssertionError("import " + id + " did not finish; progress seen " + seen);
	}

	ApiResponse imported(List<FilePart> files, Map<String, String> fields) {
		Caller coordinator = api.as("coordinator");
		ApiResponse job = finished(coordinator, start(coordinator, files, fields).id());
		assertThat(job.text("$.status")).as(job.toString()).isEqualTo("DONE");
		return job;
	}

	ApiResponse refused(Caller who, List<FilePart> files, Map<String, String> fields) {
		ApiResponse job = finished(who, start(who, files, fields).id());
		assertThat(job.text("$.status")).as(job.toString()).isEqualTo("FAILED");
		return job;
	}

	List<String> labels(String uri, String language, String kind) {
		return database.jdbc()
			.sql("select text from resources_label where concept_uri = ? and language = ? and kind = ? order by text")
			.params(uri, language, kind)
			.query(String.class)
			.list();
	}

	@Test
	void aPackageInThe10LayoutIsImportedWithItsLabelsGroupsSkillsAndRelations() {
		ApiResponse job = imported(package10(), Map.of("version", "1.0.8"));

		assertThat(job.number("$.result.occupationsAdded")).isEqualTo(3);
		assertThat(job.number("$.result.skillsAdded")).isEqualTo(4);
		assertThat(job.number("$.result.iscoGroups")).isEqualTo(3);
		assertThat(job.number("$.result.relations")).isEqualTo(6);
		assertThat(job.text("$.result.version")).isEqualTo("1.0.8");
		assertThat(job.number("$.percent")).isEqualTo(100);
		assertThat(job.text("$.phase")).isEqualTo("Indicizzazione per la ricerca");
		assertThat(database.count("select count(*) from resources_occupation")).isEqualTo(3);
		assertThat(database.jdbc()
			.sql("select isco_code from resources_occupation where uri = ?")
			.param(NURSE)
			.query(String.class)
			.single()).isEqualTo("2221");
		assertThat(labels(NURSE, "en", "PREFERRED")).containsExactly("nurse responsible for general care");
		assertThat(labels(NURSE, "en", "ALTERNATIVE")).containsExactly("general nurse", "nurse", "registered nurse");
		assertThat(labels(ELECTRICIAN, "en", "HIDDEN")).containsExactly("electrican");
		assertThat(database.jdbc()
			.sql("select text from resources_description where concept_uri = ? and language = 'en'")
			.param("http://data.europa.eu/esco/occupation/test-cook")
			.query(String.class)
			.single()).isEqualTo("Cooks prepare, season and cook food, \"from scratch\" or from ready meals.");
		assertThat(database.jdbc()
			.sql("select skill_type || ' ' || reuse_level from resources_skill where uri = ?")
			.param("http://data.europa.eu/esco/skill/test-hygiene")
			.query(String.class)
			.single()).isEqualTo("knowledge cross-sector");
		assertThat(database.count("select count(*) from resources_occupation_skill where occupation_uri = ? "
				+ "and relation = 'ESSENTIAL'", NURSE))
			.isEqualTo(1);
		assertThat(database.count("select count(*) from resources_classification_import where status = 'DONE' "
				+ "and esco_version = '1.0.8' and language = 'en'"))
			.isEqualTo(1);
	}

	/**
	 * What a stop of the application between the import's commit and the indexing leaves
	 * (seen with Ctrl+C during the first start): the rows saved, the import still RUNNING
	 * in the history, the occupations missing from the search. The next start mends both.
	 */
	@Test
	void anImportTheApplicationStoppedDuringIsMarkedInterruptedAndItsOccupationsIndexedAtTheNextStart(
			@Autowired BundledClassification atStart, @Autowired ImportJobs jobs) {
		imported(package10(), Map.of("version", "1.0.8"));
		long cutOff = database.jdbc()
			.sql("select max(id) from resources_classification_import")
			.query(Long.class)
			.single();
		database.jdbc()
			.sql("update resources_classification_import set status = 'RUNNING', finished_at = null where id = ?")
			.param(cutOff)
			.update();
		var occupations = org.hibernate.search.mapper.orm.Search.mapping(entityManagerFactory)
			.scope(Occupation.class)
			.workspace();
		occupations.purge();
		occupations.refresh();
		String search = "/api/v1/search?type=OCCUPATION&q=registered+nurse";
		assertThat(api.anonymous().get(search).number("$.total")).isZero();
		long before = jobs.latest("search-index").map(job -> job.id).orElse(0L);

		atStart.atStart();

		assertThat(database.jdbc()
			.sql("select status || ' ' || message from resources_classification_import where id = ?")
			.param(cutOff)
			.query(String.class)
			.single()).isEqualTo(
					"STOPPED Interrotta: l'applicazione si è fermata durante l'importazione. I dati sono stati salvati "
							+ "per intero o per nulla; al riavvio le professioni sono state indicizzate di nuovo.");
		assertThat(database.count("select count(*) from resources_classification_import where finished_at is null"))
			.isZero();
		ImportJobs.Job job = jobs.latest("search-index").orElseThrow();
		assertThat(job.id).isGreaterThan(before);
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(job::finished);
		assertThat(job.status()).isEqualTo(ImportJobs.Status.DONE);
		assertThat(api.anonymous().get(search).<List<String>>read("$.items[*].uri")).contains(NURSE);

		long jobsNow = jobs.latest("search-index").orElseThrow().id;
		atStart.atStart();
		assertThat(jobs.latest("search-index").orElseThrow().id).as("nothing interrupted: no indexing")
			.isEqualTo(jobsNow);
	}

	@Test
	void theSamePackageImportedAgainWritesNothing() {
		imported(package10(), Map.of("version", "1.0.8"));
		Snapshot before = database.snapshot();

		ApiResponse again = imported(package10(), Map.of("version", "1.0.8"));

		assertThat(again.number("$.result.occupationsAdded") + again.number("$.result.occupationsUpdated")
				+ again.number("$.result.skillsUpdated") + again.number("$.result.labels")
				+ again.number("$.result.descriptions") + again.number("$.result.relations"))
			.isZero();
		assertThat(database.snapshot()).isEqualTo(before);
	}

	@Test
	void aNewerVersionInThe12LayoutInOneZipInAFolderUpdatesInPlace() {
		imported(package10(), Map.of("version", "1.0.8"));
		byte[] zip = ClassificationTables.zip("ESCO dataset - v1.2.0 - classification - en - csv",
				V12 + "occupations_en.csv", V12 + "skills_en.csv", V12 + "ISCOGroups_en.csv",
				V12 + "occupationSkillRelations_en.csv");

		ApiResponse job = imported(List.of(file("esco-1.2.0-en.zip", zip)), Map.of());

		assertThat(job.text("$.result.version")).isEqualTo("1.2.0");
		assertThat(job.number("$.result.occupationsAdded")).isEqualTo(1);
		assertThat(job.number("$.result.occupationsUpdated")).isEqualTo(3);
		assertThat(database.count("select count(*) from resources_occupation")).isEqualTo(4);
		assertThat(database.count("select count(*) from resources_occupation where esco_version = '1.2.0'"))
			.isEqualTo(4);
		assertThat(database.jdbc()
			.sql("select code from resources_occupation where uri = ?")
			.param(NURSE)
			.query(String.class)
			.single()).isEqualTo("2221.1");
		assertThat(labels(NURSE, "en", "PREFERRED")).containsExactly("general care nurse");
		assertThat(labels(NURSE, "en", "ALTERNATIVE")).containsExactly("general nurse",
				"nurse responsible for general care");
		assertThat(
				database.count("select count(*) from resources_label where concept_uri = ? and language = 'en'", NURSE))
			.isEqualTo(3);
		assertThat(database.jdbc()
			.sql("select text from resources_description where concept_uri = ?")
			.param(NURSE)
			.query(String.class)
			.single()).endsWith("services,\nin hospitals and at home.");
		assertThat(database.jdbc()
			.sql("select skill_uri || ' ' || relation from resources_occupation_skill "
					+ "where occupation_uri = ? order by skill_uri")
			.param(NURSE)
			.query(String.class)
			.list()).containsExactly("http://data.europa.eu/esco/skill/test-care ESSENTIAL",
					"http://data.europa.eu/esco/skill/test-hygiene ESSENTIAL");
		assertThat(database.count("select count(*) from resources_isco_group")).isEqualTo(4);
	}

	@Test
	void aSecondLanguageAddsItsLabelsToTheSameConceptsAndTheItalianLabelsAndCp2011MappingFollow() {
		imported(package10(), Map.of("version", "1.0.8"));

		imported(List.of(file("it/occupations_it.csv")), Map.of("version", "1.2.0"));

		assertThat(database.count("select count(*) from resources_occupation")).isEqualTo(3);
		assertThat(labels(NURSE, "en", "PREFERRED")).containsExactly("nurse responsible for general care");
		assertThat(labels(NURSE, "it", "ALTERNATIVE")).containsExactly("infermiera", "infermiere");
		assertThat(labels(ELECTRICIAN, "it", "HIDDEN")).containsExactly("elettricsta");
		assertThat(database.count("select count(*) from resources_description where concept_uri = ?", NURSE))
			.isEqualTo(2);

		ApiResponse extra = imported(
				List.of(file("it/corpus_elements.tsv"), file("it/concept_mapping.tsv"), file("it/IT_mapping_test.csv")),
				Map.of());

		assertThat(extra.number("$.result.cp2011Mappings")).isEqualTo(3);
		assertThat(extra.number("$.result.skipped")).isZero();
		assertThat(labels(NURSE, "it", "PREFERRED")).containsExactly("infermiere/infermiera");
		assertThat(labels(NURSE, "it", "ALTERNATIVE")).containsExactly("infermiere professionale");
		assertThat(labels("http://data.europa.eu/esco/isco/C2221", "it", "PREFERRED"))
			.containsExactly("Professioni sanitarie infermieristiche");
		assertThat(database.count("select count(*) from resources_description where concept_uri = ?", NURSE))
			.as("the labels alone leave descriptions alone")
			.isEqualTo(2);
		assertThat(database.jdbc()
			.sql("select cp_code || ' ' || relation from resources_occupation_cp2011 " + "where occupation_uri = ?")
			.param(NURSE)
			.query(String.class)
			.single()).isEqualTo("3.2.1.1.1 EXACT");
		assertThat(database.jdbc()
			.sql("select title from resources_cp2011 where code = '5.2.2.1.0'")
			.query(String.class)
			.single()).isEqualTo("Cuochi in alberghi e ristoranti");
	}

	static Stream<Arguments> badFiles() {
		String occupationsHeader = "conceptType,conceptUri,iscoGroup,preferredLabel,altLabels,description\n";
		String relationsHeader = "occupationUri,relationType,skillType,skillUri\n";
		return Stream.of(
				Arguments.of("wrong header", List.of(file("occupations_en.csv",
						"conceptType,conceptUri,iscoGroup,label,altLabels\nOccupation,http://x/o,2221,nurse,\n")),
						"File occupations_en.csv, riga 1: mancano le colonne preferredLabel",
						"File occupations_en.csv, line 1: the columns preferredLabel are missing"),
				Arguments.of("unknown relation type", List.of(file("occupationSkillRelations.csv", relationsHeader
						+ "http://data.europa.eu/esco/occupation/test-nurse,essential,knowledge,http://data.europa.eu/esco/skill/test-care\n"
						+ "http://data.europa.eu/esco/occupation/test-nurse,mandatory,knowledge,http://data.europa.eu/esco/skill/test-team\n")),
						"File occupationSkillRelations.csv, riga 3: tipo di relazione \"mandatory\" sconosciuto",
						"File occupationSkillRelations.csv, line 3: unknown relation type \"mandatory\""),
				Arguments.of("broken quoting",
						List.of(file("occupations_en.csv",
								occupationsHeader + "Occupation,http://x/o1,2221,nurse,\"a\nb\",fine\n"
										+ "Occupation,http://x/o2,2221,cook,\"chef\" de partie,oops\n"
										+ "Occupation,http://x/o3,2221,baker,,fine\n")),
						"File occupations_en.csv, riga 4: le virgolette del record che inizia qui non sono chiuse correttamente",
						"File occupations_en.csv, line 4: the quotes of the record starting here are not closed properly"),
				Arguments.of("relation to an unknown concept", List
					.of(file("occupationSkillRelations.csv", relationsHeader
							+ "http://data.europa.eu/esco/occupation/test-nurse,essential,knowledge,http://data.europa.eu/esco/skill/test-care\n"
							+ "http://data.europa.eu/esco/occupation/test-nurse,optional,knowledge,http://data.europa.eu/esco/skill/nowhere\n")),
						"File occupationSkillRelations.csv, riga 3: il concetto http://data.europa.eu/esco/skill/nowhere non è né nei file",
						"File occupationSkillRelations.csv, line 3: the concept http://data.europa.eu/esco/skill/nowhere is neither in the files"),
				Arguments.of("not a zip",
						List.of(file("esco-1.2.0-classification-en-csv.zip", "conceptUri,preferredLabel\n")),
						"File esco-1.2.0-classification-en-csv.zip rifiutato: il nome dice ZIP ma il contenuto non è un archivio ZIP",
						"File esco-1.2.0-classification-en-csv.zip refused: the name says ZIP but the content is not a ZIP archive"),
				Arguments.of("empty", List.of(file("skills_en.csv", "")),
						"File skills_en.csv rifiutato: il file è vuoto",
						"File skills_en.csv refused: the file is empty"),
				Arguments
					.of("a row with too few fields",
							List.of(file("occupations_en.csv", occupationsHeader
									+ "Occupation,http://x/o1,2221,nurse,,fine\nOccupation,http://x/o2,2221\n")),
							"File occupations_en.csv, riga 3: la riga ha 3 campi invece di 6",
							"File occupations_en.csv, line 3: the row has 3 fields instead of 6"),
				Arguments.of("a bad line in a zip inside a folder",
						List.of(file("esco-1.2.0.zip",
								ClassificationTables.zip("ESCO 1.2.0",
										Map.of("occupations_en.csv",
												occupationsHeader + "Occupation,http://x/o1,2221,nurse,,fine\n"
														+ "Occupation,not a uri,2221,cook,,fine\n")))),
						"File esco-1.2.0.zip › occupations_en.csv, riga 3: \"not a uri\" non è l'URI di un concetto",
						"File esco-1.2.0.zip › occupations_en.csv, line 3: \"not a uri\" is not a concept URI"),
				Arguments.of("a CP2011 mapping with an unknown relation", List.of(file("IT_mapping_test.csv",
						"Mapping project name,AI4ESCO\n,,,,,,,\nClassification 1 URI,Classification 1 PrefLabel,Classification 1 URL,"
								+ "Classification 2 ID,Classification 2 PrefLabel,Classification 2 URL,Mapping relation,Editorial note\n"
								+ NURSE + ",infermiere," + NURSE
								+ ",3.2.1.1.1,Professioni sanitarie infermieristiche,x,skos:relatedMatch,\n")),
						"File IT_mapping_test.csv, riga 4: relazione di corrispondenza \"skos:relatedMatch\" sconosciuta",
						"File IT_mapping_test.csv, line 4: unknown mapping relation \"skos:relatedMatch\""),
				Arguments.of("Italian labels with a line without a tab",
						List.of(file("corpus_elements.tsv",
								"C000001_it_000\tinfermiere\nC000002_it_000 elettricista\n"),
								file("concept_mapping.tsv", "C000001_it_000\t" + NURSE + "\n")),
						"File corpus_elements.tsv, riga 2: la riga non ha la forma",
						"File corpus_elements.tsv, line 2: the line is not of the form"),
				Arguments.of("a zip with too many files",
						List.of(file("many.zip", ClassificationTables.zip("many",
								java.util.stream.IntStream.rangeClosed(1, 201)
									.boxed()
									.collect(java.util.stream.Collectors.toMap(i -> "note" + i + ".txt", i -> "x"))))),
						"File many.zip rifiutato: l'archivio ZIP ha più di 200 file",
						"File many.zip refused: the ZIP archive has more than 200 files"),
				Arguments.of("a zip that unpacks to more than the cap",
						List.of(file("bomb.zip",
								ClassificationTables.zipOfEmptyLines("occupations_en.csv", occupationsHeader,
										65L * 1024 * 1024))),
						"File bomb.zip rifiutato: una volta estratto, il contenuto supera 64 MB",
						"File bomb.zip refused: unpacked, the content exceeds 64 MB"),
				Arguments.of("a line without end", List.of(file("occupations_en.csv",
						occupationsHeader + "Occupation,http://x/o1,2221,nurse,,fine\nOccupation,http://x/o2,2221,"
								+ "a".repeat(70_000) + ",,fine\n")),
						"File occupations_en.csv, riga 3: la riga supera 65.536 caratteri",
						"File occupations_en.csv, line 3: the line is longer than 65,536 characters"),
				Arguments.of("a file we do not know", List.of(file("notes.txt", "hello")),
						"File notes.txt rifiutato: nome di file non riconosciuto",
						"File notes.txt refused: file name not recognised"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badFiles")
	void aBadFileIsRefusedWithFileLineAndReasonAndNothingChanges(String kind, List<FilePart> files, String italian,
			String english) {
		imported(package10(), Map.of("version", "1.0.8"));
		Snapshot before = database.snapshot();
		long failedBefore = database
			.count("select count(*) from resources_classification_import where status = 'FAILED'");

		ApiResponse job = refused(api.as("coordinator"), files, Map.of("version", "1.2.0"));

		assertThat(job.text("$.failure")).startsWith(italian)
			.containsIgnoringCase("i dati già presenti non sono cambiati");
		ApiResponse inEnglish = api.as("coordinator").inEnglish().get("/api/v1/imports/" + job.id());
		assertThat(inEnglish.text("$.failure")).as(inEnglish.toString())
			.startsWith(english)
			.containsIgnoringCase("the data already there did not change");
		assertThat(database.snapshot()).isEqualTo(before);
		assertThat(database.count("select count(*) from resources_classification_import where status = 'FAILED'"))
			.isEqualTo(failedBefore + 1);
	}

	@Test
	void anUploadWithoutFilesABadVersionOrTooLargeIsRefusedAtOnce() {
		Caller coordinator = api.as("coordinator");

		ApiResponse none = coordinator.postFiles(IMPORT, List.of(), Map.of("version", "1.2.0"));
		ApiResponse badVersion = coordinator.postFiles(IMPORT, package10(), Map.of("version", "latest"));
		ApiResponse tooLarge = coordinator.postFiles(IMPORT,
				List.of(file("occupations_en.csv", new byte[5 * 1024 * 1024 + 1])), Map.of("version", "1.2.0"));
		ApiResponse overTheServletLimit = coordinator.postFiles(IMPORT,
				List.of(file("occupations_en.csv", new byte[6 * 1024 * 1024 + 1])), Map.of("version", "1.2.0"));
		ApiResponse unknownJob = coordinator.get("/api/v1/imports/999999");

		assertThat(none.status()).as(none.toString()).isEqualTo(400);
		assertThat(none.text("$.detail")).startsWith("Scegli almeno un file");
		assertThat(badVersion.status()).isEqualTo(400);
		assertThat(badVersion.text("$.detail")).contains("\"latest\" non è valida");
		assertThat(tooLarge.status()).as(tooLarge.toString()).isEqualTo(413);
		assertThat(tooLarge.text("$.detail")).contains("5 MB");
		assertThat(overTheServletLimit.status()).as(overTheServletLimit.toString()).isEqualTo(413);
		assertThat(overTheServletLimit.text("$.detail")).as("refused unread, with the feature's own limit")
			.isEqualTo("I file caricati superano il limite di 5 MB in tutto.");
		assertThat(unknownJob.status()).isEqualTo(404);
		assertThat(database.count("select count(*) from resources_classification_import")).isZero();
	}

	@Test
	void theImportEndpointsAreDescribed() {
		ApiResponse docs = api.anonymous().get("/v3/api-docs");

		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.<Map<String, Object>>read("$.paths")).containsKeys(IMPORT, "/api/v1/imports/{id}");
	}

	@Test
	void aPackageWithoutVersionInItsNamesNeedsOne() {
		ApiResponse job = refused(api.as("coordinator"), package10(), Map.of());

		assertThat(job.text("$.failure")).startsWith("Indica la versione ESCO del pacchetto");
	}

}
