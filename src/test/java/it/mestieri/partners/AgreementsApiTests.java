package it.mestieri.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import it.mestieri.testing.ApiResponse;
import it.mestieri.testing.ApiTestBase;
import it.mestieri.testing.AtOnce;
import it.mestieri.testing.Json;
import it.mestieri.testing.SecurityEvents;

/**
 * Agreements, their commitments and documents, and the resources partners delivered, over
 * the API: what coordinators do, what partner coordinators may see, what is refused (a
 * 4xx problem, nothing changed), and two coordinators saving the same agreement. Runs on
 * H2 ({@link AgreementsApiH2Test}) and PostgreSQL ({@link AgreementsApiPostgresTest}).
 */
abstract class AgreementsApiTests extends ApiTestBase {

	static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
		.getBytes(StandardCharsets.US_ASCII);

	@Autowired
	Agreements agreements;

	@Autowired
	DocumentStore store;

	Path storage;

	@org.junit.jupiter.api.BeforeEach
	void findTheStorage() {
		storage = store.directory();
	}

	long partner(String name) {
		List<Map<String, Object>> all = api.anonymous().get("/api/v1/partners").read("$[?(@.name == '" + name + "')]");
		assertThat(all).as(name).hasSize(1);
		return ((Number) all.get(0).get("id")).longValue();
	}

	long solco() {
		return partner("Solco Roma");
	}

	long idea() {
		return partner("Consorzio Idea Agenzia per il Lavoro");
	}

	String agreementJson(String title, Object... parties) {
		return Json.of("title", title, "signedOn", "2026-01-15", "validFrom", "2026-02-01", "validTo", "2027-01-31",
				"charterAccepted", true, "charterAcceptedOn", "2026-01-15", "parties", List.of(parties));
	}

	ApiResponse create(String title, Object... parties) {
		ApiResponse created = api.as("coordinator").post("/api/v1/agreements", agreementJson(title, parties));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created;
	}

	ApiResponse addHours(long agreement, long partner, String hours, String area) {
		ApiResponse added = api.as("coordinator")
			.post("/api/v1/agreements/" + agreement + "/commitments", Json.of("partner", partner, "kind",
					"COUNSELLOR_HOURS", "quantity", hours, "period", "WEEK", "area", area));
		assertThat(added.status()).as(added.toString()).isEqualTo(201);
		return added;
	}

	@Test
	void theDemoAgreementIsMarkedAsAnExampleWithItsPartiesAndCommitments() {
		List<Map<String, Object>> demo = api.as("coordinator")
			.get("/api/v1/agreements")
			.read("$[?(@.title == \"" + DemoAgreements.TITLE + "\")]");

		assertThat(demo).hasSize(1);
		ApiResponse agreement = api.as("coordinator").get("/api/v1/agreements/" + demo.get(0).get("id"));
		assertThat(agreement.text("$.title")).contains("(esempio)");
		assertThat(agreement.<List<String>>read("$.parties[*].name")).containsExactlyInAnyOrder("Solco Roma",
				"Consorzio Idea Agenzia per il Lavoro", "Regione Lazio");
		assertThat(agreement.<List<Object>>read("$.commitments[?(@.partner == " + idea()
				+ " && @.kind == 'COUNSELLOR_HOURS' && @.area == 'LAVORO' && @.quantity == 12 && @.period == 'WEEK')]"))
			.hasSize(1);
		assertThat(agreement
			.<List<Object>>read("$.commitments[?(@.partner == " + solco() + " && @.area == 'INCLUSIONE')]")).hasSize(1);
		assertThat(agreement.<List<Object>>read("$.commitments[?(@.kind == 'MONEY' && @.period == 'YEAR')]"))
			.hasSize(1);
	}

	@Test
	void aCoordinatorCreatesAnAgreementAddsAndRemovesCommitmentsAndEditsIt() {
		ApiResponse created = create("Protocollo orientamento", solco(), idea());
		long id = created.id();
		assertThat(created.number("$.version")).isZero();
		assertThat(created.<List<String>>read("$.parties[*].name")).containsExactlyInAnyOrder("Solco Roma",
				"Consorzio Idea Agenzia per il Lavoro");
		assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/agreements/" + id);

		long hours = addHours(id, solco(), "10.5", "ORIENTAMENTO").id();
		ApiResponse money = api.as("coordinator")
			.post("/api/v1/agreements/" + id + "/commitments", Json.of("partner", idea(), "kind", "MONEY", "quantity",
					5000, "period", "YEAR", "description", "Spese"));
		assertThat(money.status()).as(money.toString()).isEqualTo(201);
		assertThat(money.text("$.unit")).isEqualTo("€");

		ApiResponse read = api.as("coordinator").get("/api/v1/agreements/" + id);
		assertThat(read.number("$.version")).isEqualTo(2);
		assertThat(read.<List<Object>>read("$.commitments")).hasSize(2);
		assertThat(read
			.<List<Object>>read("$.commitments[?(@.id == " + hours + " && @.quantity == 10.5 && @.unit == 'h')]"))
			.hasSize(1);

		try (SecurityEvents events = SecurityEvents.capture()) {
			assertThat(api.as("coordinator").delete("/api/v1/agreements/" + id + "/commitments/" + hours).status())
				.isEqualTo(204);
			ApiResponse updated = api.as("coordinator")
				.put("/api/v1/agreements/" + id,
						Json.of("version", 3, "title", "Protocollo orientamento 2026", "validFrom", "2026-02-01",
								"validTo", "2026-12-31", "charterAccepted", false, "parties", List.of(idea())));
			assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
			assertThat(events.lines()).contains(
					"security event=agreement.commitmentRemoved agreement=" + id + " commitment=" + hours
							+ " by=coordinator",
					"security event=agreement.partyRemoved agreement=" + id + " partner=" + solco()
							+ " by=coordinator");
		}
		ApiResponse updated = api.as("coordinator").get("/api/v1/agreements/" + id);
		assertThat(updated.text("$.title")).isEqualTo("Protocollo orientamento 2026");
		assertThat(updated.number("$.version")).isEqualTo(4);
		assertThat(updated.<List<String>>read("$.parties[*].name"))
			.containsExactly("Consorzio Idea Agenzia per il Lavoro");
		assertThat(updated.<Object>read("$.charterAcceptedOn")).isNull();
	}

	@Test
	void aStaleVersionIsRefusedWith409NamingTheAgreementAndNothingIsLost() {
		long id = create("Protocollo conteso", solco()).id();
		ApiResponse first = api.as("coordinator")
			.put("/api/v1/agreements/" + id, Json.of("version", 0, "title", "Salvato per primo", "validFrom",
					"2026-02-01", "validTo", "2027-01-31", "charterAccepted", false, "parties", List.of(solco())));
		assertThat(first.status()).as(first.toString()).isEqualTo(200);

		ApiResponse second = refused(409, () -> api.as("coordinator")
			.put("/api/v1/agreements/" + id, Json.of("version", 0, "title", "Salvato per secondo", "validFrom",
					"2026-02-01", "validTo", "2027-01-31", "charterAccepted", false, "parties", List.of(solco()))));

		assertThat(second.text("$.detail")).contains("Salvato per primo").contains(String.valueOf(id));
		assertThat(api.as("coordinator").get("/api/v1/agreements/" + id).text("$.title"))
			.isEqualTo("Salvato per primo");
		ApiResponse english = api.as("coordinator")
			.inEnglish()
			.put("/api/v1/agreements/" + id, Json.of("version", 0, "title", "x", "validFrom", "2026-02-01", "validTo",
					"2027-01-31", "parties", List.of(solco())));
		assertThat(english.text("$.detail")).startsWith("Someone else saved the agreement \"Salvato per primo\"");
	}

	@Test
	void twoCoordinatorsSavingAtTheSameMomentOneWinsTheOtherIsToldOverHttp() throws Exception {
		long id = create("Protocollo in gara (API)", solco()).id();
		oneOfTwoSavesWins("/api/v1/agreements/" + id,
				Json.of("version", 0, "title", "Prima", "validFrom", "2026-02-01", "validTo", "2027-01-31", "parties",
						List.of(solco())),
				Json.of("version", 0, "title", "Seconda", "validFrom", "2026-02-01", "validTo", "2027-01-31", "parties",
						List.of(solco())));
	}

	@Test
	void twoThreadsUpdatingTheSameVersionInTheServiceExactlyOneSaves() throws Exception {
		long id = create("Protocollo in gara (servizio)", solco()).id();
		Agreement read = agreements.agreement(new AgreementId(id));
		List<String> saves = AtOnce.run(List.of("Uno", "Due").stream().<Callable<String>>map(title -> () -> {
			try {
				agreements.update(read.id(), read.version(), new Agreements.Draft(title, null, read.validFrom(),
						read.validTo(), false, null, read.parties()));
				return "saved";
			}
			catch (AgreementChanged ex) {
				assertThat(ex.current().version()).isEqualTo(read.version() + 1);
				return "refused";
			}
		}).toList());

		assertThat(saves).containsExactlyInAnyOrder("saved", "refused");
		assertThat(agreements.agreement(read.id()).version()).isEqualTo(read.version() + 1);
	}

	@Test
	void aPartyWithCommitmentsCannotBeDroppedFromTheAgreement() {
		long id = create("Protocollo con impegni", solco(), idea()).id();
		addHours(id, idea(), "4", "LAVORO");

		ApiResponse response = refused(409,
				() -> api.as("coordinator")
					.put("/api/v1/agreements/" + id, Json.of("version", 1, "title", "Senza Idea", "validFrom",
							"2026-02-01", "validTo", "2027-01-31", "parties", List.of(solco()))));

		assertThat(response.text("$.detail")).contains("Consorzio Idea");
	}

	@Test
	void badAgreementsAreRefused() {
		long id = create("Protocollo da non rovinare", solco()).id();
		assertThat(refused(400, () -> api.as("coordinator").post("/api/v1/agreements", agreementJson("Ignoto", 999999)))
			.text("$.detail")).contains("Partner sconosciuto");
		assertThat(refused(400, () -> api.as("coordinator").post("/api/v1/agreements", agreementJson("Nessuno")))
			.text("$.detail")).contains("almeno una parte");
		assertThat(refused(400,
				() -> api.as("coordinator")
					.post("/api/v1/agreements", Json.of("title", "Rovescio", "validFrom", "2026-05-01", "validTo",
							"2026-04-30", "parties", List.of(solco()))))
			.text("$.detail")).contains("non può essere prima");
		refused(400,
				() -> api.as("coordinator")
					.post("/api/v1/agreements", Json.of("title", " ", "validFrom", "2026-05-01", "validTo",
							"2026-06-30", "parties", List.of(solco()))));
		refused(400,
				() -> api.as("coordinator")
					.post("/api/v1/agreements", Json.of("title", "Carta senza data", "validFrom", "2026-05-01",
							"validTo", "2026-06-30", "charterAccepted", true, "parties", List.of(solco()))));
		refused(400,
				() -> api.as("coordinator")
					.post("/api/v1/agreements", Json.of("title", "Data strana", "validFrom", "2026-13-01", "validTo",
							"2026-06-30", "parties", List.of(solco()))));
		refused(400,
				() -> api.as("coordinator")
					.post("/api/v1/agreements", Json.of("title", "Campo in più", "validFrom", "2026-05-01", "validTo",
							"2026-06-30", "parties", List.of(solco()), "version", 3)));
		assertThat(refused(400,
				() -> api.as("coordinator")
					.put("/api/v1/agreements/" + id, Json.of("title", "Senza versione", "validFrom", "2026-05-01",
							"validTo", "2026-06-30", "parties", List.of(solco()))))
			.text("$.detail")).contains("Versione");
		refused(404,
				() -> api.as("coordinator")
					.put("/api/v1/agreements/999999", Json.of("version", 0, "title", "Nessuno", "validFrom",
							"2026-05-01", "validTo", "2026-06-30", "parties", List.of(solco()))));
		refused(404, () -> api.as("coordinator").get("/api/v1/agreements/999999"));
		refused(400, () -> api.as("coordinator").get("/api/v1/agreements/abc"));
	}

	@Test
	void badCommitmentsAreRefused() {
		long id = create("Protocollo per impegni sbagliati", solco()).id();
		String path = "/api/v1/agreements/" + id + "/commitments";
		assertThat(refused(400,
				() -> api.as("coordinator")
					.post(path, Json.of("partner", solco(), "kind", "MONEY", "quantity", -1, "period", "YEAR")))
			.text("$.detail")).contains("zero o più");
		assertThat(refused(400, () -> api.as("coordinator")
			.post(path, Json.of("partner", solco(), "kind", "COUNSELLOR_HOURS", "quantity", 12, "period", "WEEK")))
			.text("$.detail")).contains("indica l'area");
		assertThat(refused(400,
				() -> api.as("coordinator")
					.post(path, Json.of("partner", idea(), "kind", "MONEY", "quantity", 1, "period", "YEAR")))
			.text("$.detail")).contains("non è parte");
		refused(400, () -> api.as("coordinator")
			.post(path, Json.of("partner", solco(), "kind", "MONEY", "quantity", 1.234, "period", "YEAR")));
		refused(400, () -> api.as("coordinator")
			.post(path, Json.of("partner", solco(), "kind", "FAVOURS", "quantity", 1, "period", "YEAR")));
		refused(400, () -> api.as("coordinator")
			.post(path, Json.of("partner", solco(), "kind", "MONEY", "quantity", 1, "period", "FORTNIGHT")));
		refused(400,
				() -> api.as("coordinator")
					.post(path, Json.of("partner", solco(), "kind", "COUNSELLOR_HOURS", "quantity", 1, "period", "WEEK",
							"area", "MARTE")));
		refused(400, () -> api.as("coordinator")
			.post(path, Json.of("partner", solco(), "kind", "DOCUMENTATION", "quantity", 1, "period", "YEAR")));
		refused(400, () -> api.as("coordinator")
			.post(path, Json.of("partner", solco(), "kind", "MONEY", "quantity", "molto", "period", "YEAR")));
		refused(404,
				() -> api.as("coordinator")
					.post("/api/v1/agreements/999999/commitments",
							Json.of("partner", solco(), "kind", "MONEY", "quantity", 1, "period", "YEAR")));
		refused(404, () -> api.as("coordinator").delete(path + "/999999"));
	}

	@Test
	void aPdfIsStoredUnderARandomNameOutsideTheWebRootAndDownloadedAsAnAttachment() throws Exception {
		long id = create("Protocollo con allegato", solco()).id();

		ApiResponse uploaded = api.as("coordinator")
			.postFile("/api/v1/agreements/" + id + "/documents", "file", "../../etc/protocollo firmato\u0007.pdf",
					"application/pdf", PDF);

		assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
		assertThat(uploaded.text("$.fileName")).isEqualTo("protocollo firmato.pdf");
		assertThat(uploaded.number("$.size")).isEqualTo(PDF.length);
		assertThat(uploaded.text("$.sha256"))
			.isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF)));
		String storageName = database.jdbc()
			.sql("select storage_name from partners_document where id = ?")
			.param(uploaded.id())
			.query(String.class)
			.single();
		assertThat(storageName).matches("[0-9a-f]{32}\\.pdf");
		assertThat(Files.readAllBytes(storage.resolve(storageName))).isEqualTo(PDF);

		HttpResponse<byte[]> download = api.as("partnercoord").getBytes(uploaded.text("$.href"));
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(PDF);
		assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(download.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying(disposition -> assertThat(disposition).startsWith("attachment").contains("protocollo"));
		assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(api.as("coordinator").get("/api/v1/agreements/" + id).<List<Object>>read("$.documents")).hasSize(1);
	}

	@Test
	void documentsThatAreNotPdfOrTooLargeAreRefused() {
		long id = create("Protocollo con allegati sbagliati", solco()).id();
		String path = "/api/v1/agreements/" + id + "/documents";
		assertThat(refused(415,
				() -> api.as("coordinator")
					.postFile(path, "file", "nota.txt", "text/plain", "just text".getBytes(StandardCharsets.UTF_8)))
			.text("$.detail")).contains("solo documenti PDF");
		refused(415,
				() -> api.as("coordinator")
					.postFile(path, "file", "finto.pdf", "application/pdf",
							"<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)));
		refused(415, () -> api.as("coordinator")
			.postFile(path, "file", "corto.pdf", "application/pdf", "%PD".getBytes(StandardCharsets.US_ASCII)));
		refused(415,
				() -> api.as("coordinator").postFile(path, "file", "senza-tipo.pdf", "application/octet-stream", PDF));
		assertThat(refused(413,
				() -> api.as("coordinator")
					.postFile(path, "file", "grande.pdf", "application/pdf", largePdf(300 * 1024)))
			.text("$.detail")).contains("troppo grande").contains("200 kB");
		refused(400, () -> api.as("coordinator").postFile(path, "other", "x.pdf", "application/pdf", PDF));
		refused(404, () -> api.as("coordinator")
			.postFile("/api/v1/agreements/999999/documents", "file", "x.pdf", "application/pdf", PDF));
		refused(404, () -> api.as("coordinator").get(path + "/999999"));
	}

	@Test
	void theServiceItselfRefusesADocumentOverTheLimitAndKeepsNoFile() throws Exception {
		long id = create("Protocollo per il limite", solco()).id();
		long filesBefore = files();

		assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(it.mestieri.shared.DomainException.class,
				() -> agreements.attach(new AgreementId(id), "grande.pdf", "application/pdf",
						new java.io.ByteArrayInputStream(largePdf(201 * 1024)))))
			.satisfies(ex -> assertThat(ex.status().value()).isEqualTo(413));
		assertThat(files()).isEqualTo(filesBefore);
	}

	@Test
	void contributionsAreRecordedListedAndReadByPeriod() {
		long agreement = create("Protocollo per le consegne", idea()).id();
		ApiResponse money = api.as("coordinator")
			.post("/api/v1/partners/" + idea() + "/contributions", Json.of("kind", "MONEY", "quantity", 2500,
					"deliveredOn", "2026-03-02", "agreement", agreement, "note", "Primo versamento"));
		assertThat(money.status()).as(money.toString()).isEqualTo(201);
		assertThat(money.text("$.unit")).isEqualTo("€");
		assertThat(money.text("$.recordedAt")).isNotBlank();
		ApiResponse guides = api.as("coordinator")
			.post("/api/v1/partners/" + idea() + "/contributions",
					Json.of("kind", "DOCUMENTATION", "quantity", 30, "unit", "guide", "deliveredOn", "2026-01-10"));
		assertThat(guides.status()).as(guides.toString()).isEqualTo(201);

		ApiResponse list = api.as("coordinator").get("/api/v1/partners/" + idea() + "/contributions");
		assertThat(list.<List<Object>>read("$[?(@.id == " + money.id() + " && @.agreement == " + agreement + ")]"))
			.hasSize(1);
		List<Contribution> march = contributionsBetween(idea(), "2026-03-01", "2026-03-31");
		assertThat(march).extracting(Contribution::id).contains(money.id()).doesNotContain(guides.id());
		assertThat(agreements.inForce(new PartnerId(idea()), java.time.LocalDate.of(2026, 3, 1),
				java.time.LocalDate.of(2026, 3, 31)))
			.extracting(a -> a.id().value())
			.contains(agreement);
	}

	@Autowired
	Contributions contributions;

	List<Contribution> contributionsBetween(long partner, String from, String to) {
		return contributions.between(new PartnerId(partner), java.time.LocalDate.parse(from),
				java.time.LocalDate.parse(to));
	}

	@Test
	void badContributionsAreRefused() {
		long other = create("Protocollo di altri", solco()).id();
		String path = "/api/v1/partners/" + idea() + "/contributions";
		refused(400, () -> api.as("coordinator")
			.post(path, Json.of("kind", "COUNSELLOR_HOURS", "quantity", 3, "unit", "h", "deliveredOn", "2026-03-02")));
		refused(400, () -> api.as("coordinator")
			.post(path, Json.of("kind", "MONEY", "quantity", -5, "deliveredOn", "2026-03-02")));
		assertThat(refused(400,
				() -> api.as("coordinator")
					.post(path, Json.of("kind", "MONEY", "quantity", 5, "deliveredOn", "2026-03-11")))
			.text("$.detail")).contains("futuro");
		refused(400, () -> api.as("coordinator")
			.post(path, Json.of("kind", "MONEY", "quantity", 5, "deliveredOn", "2026-03-02", "agreement", other)));
		refused(404, () -> api.as("coordinator")
			.post(path, Json.of("kind", "MONEY", "quantity", 5, "deliveredOn", "2026-03-02", "agreement", 999999)));
		refused(404,
				() -> api.as("coordinator")
					.post("/api/v1/partners/999999/contributions",
							Json.of("kind", "MONEY", "quantity", 5, "deliveredOn", "2026-03-02")));
		refused(400, () -> api.as("coordinator")
			.post(path, Json.of("kind", "PREMISES", "quantity", 1, "deliveredOn", "2026-03-02")));
	}

	@Test
	void aCoordinatorAddsAndEditsAPartnerWithItsActivePeriod() {
		ApiResponse created = api.as("coordinator")
			.post("/api/v1/partners",
					Json.of("name", "Fondazione di prova " + System.nanoTime(), "kind", "FOUNDATION", "website",
							"https://fondazione.example.org", "email", "info@fondazione.example.org", "areas",
							List.of("LAVORO", "IMPRESA"), "activeFrom", "2026-01-01"));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		long id = created.id();
		assertThat(created.<List<String>>read("$.areas")).containsExactly("LAVORO", "IMPRESA");

		assertThat(created.number("$.version")).isZero();
		ApiResponse updated = api.as("coordinator")
			.put("/api/v1/partners/" + id,
					Json.of("version", 0, "name", created.text("$.name"), "kind", "BANK", "phone", "+39 06 1234567",
							"areas", List.of("IMPRESA"), "activeFrom", "2026-01-01", "activeTo", "2026-12-31"));
		assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
		assertThat(updated.text("$.kind")).isEqualTo("BANK");
		assertThat(updated.text("$.activeTo")).isEqualTo("2026-12-31");
		assertThat(updated.<Object>read("$.website")).isNull();
		assertThat(updated.number("$.version")).isEqualTo(1);

		refused(409,
				() -> api.as("coordinator")
					.put("/api/v1/partners/" + id,
							Json.of("version", 1, "name", "solco roma", "kind", "BANK", "activeFrom", "2026-01-01")));
		refused(400,
				() -> api.as("coordinator")
					.put("/api/v1/partners/" + id, Json.of("version", 1, "name", "x", "kind", "BANK", "activeFrom",
							"2026-01-01", "activeTo", "2025-12-31")));
		refused(400,
				() -> api.as("coordinator")
					.put("/api/v1/partners/" + id, Json.of("version", 1, "name", "x", "kind", "BANK", "email",
							"not-an-email", "activeFrom", "2026-01-01")));
		refused(400,
				() -> api.as("coordinator")
					.put("/api/v1/partners/" + id, Json.of("version", 1, "name", "x", "kind", "BANK", "website",
							"javascript:alert(1)", "activeFrom", "2026-01-01")));
		refused(400, "Versione", () -> api.as("coordinator")
			.put("/api/v1/partners/" + id, Json.of("name", "x", "kind", "BANK", "activeFrom", "2026-01-01")));
		refused(400, () -> api.as("coordinator")
			.post("/api/v1/partners", Json.of("name", "y", "kind", "CASTLE", "activeFrom", "2026-01-01")));
		refused(400, () -> api.as("coordinator").post("/api/v1/partners", Json.of("name", "y", "kind", "BANK")));
		refused(404,
				() -> api.as("coordinator")
					.put("/api/v1/partners/999999",
							Json.of("version", 0, "name", "z", "kind", "BANK", "activeFrom", "2026-01-01")));
	}

	@Test
	void aStaleSaveOfAPartnerIsRefusedWith409AndNothingIsLost() {
		long id = api.as("coordinator")
			.post("/api/v1/partners",
					Json.of("name", "Partner conteso " + System.nanoTime(), "kind", "FOUNDATION", "areas",
							List.of("LAVORO"), "activeFrom", "2026-01-01"))
			.id();
		String name = api.as("coordinator").get("/api/v1/partners/" + id).text("$.name");
		ApiResponse first = api.as("coordinator")
			.put("/api/v1/partners/" + id, Json.of("version", 0, "name", name, "kind", "FOUNDATION", "phone",
					"+39 06 7654321", "areas", List.of("LAVORO"), "activeFrom", "2026-01-01"));
		assertThat(first.status()).as(first.toString()).isEqualTo(200);

		ApiResponse stale = refused(409,
				() -> api.as("coordinator")
					.put("/api/v1/partners/" + id, Json.of("version", 0, "name", name, "kind", "BANK", "areas",
							List.of("IMPRESA"), "activeFrom", "2026-01-01")));

		assertThat(stale.text("$.detail")).contains(name, "dopo che li avevi aperti");
		ApiResponse now = api.as("coordinator").get("/api/v1/partners/" + id);
		assertThat(now.text("$.phone")).isEqualTo("+39 06 7654321");
		assertThat(now.text("$.kind")).isEqualTo("FOUNDATION");
		assertThat(now.<List<String>>read("$.areas")).containsExactly("LAVORO");
	}

	@Test
	void twoCoordinatorsSavingAPartnerAtTheSameMomentOneWins() throws Exception {
		String name = "Partner in gara " + System.nanoTime();
		long id = api.as("coordinator")
			.post("/api/v1/partners", Json.of("name", name, "kind", "FOUNDATION", "activeFrom", "2026-01-01"))
			.id();
		oneOfTwoSavesWins("/api/v1/partners/" + id, "phone",
				Json.of("version", 0, "name", name, "kind", "FOUNDATION", "phone", "+39 06 1111111", "activeFrom",
						"2026-01-01"),
				Json.of("version", 0, "name", name, "kind", "FOUNDATION", "phone", "+39 06 2222222", "activeFrom",
						"2026-01-01"));
	}

	@Test
	void aPartnerCoordinatorSeesOnlyTheirOwnPartnerAndItsAgreements() {
		long own = create("Protocollo di Solco", solco()).id();
		long others = create("Protocollo di Idea", idea()).id();
		long document = api.as("coordinator")
			.postFile("/api/v1/agreements/" + others + "/documents", "file", "idea.pdf", "application/pdf", PDF)
			.id();

		List<Integer> visible = api.as("partnercoord").get("/api/v1/agreements").read("$[*].id");
		assertThat(visible).contains((int) own).doesNotContain((int) others);
		assertThat(api.as("partnercoord").get("/api/v1/agreements/" + own).status()).isEqualTo(200);
		refused(404, () -> api.as("partnercoord").get("/api/v1/agreements/" + others));
		refused(404, () -> api.as("partnercoord").get("/api/v1/agreements/" + others + "/documents/" + document));
		ApiResponse solco = api.as("partnercoord").get("/api/v1/partners/" + solco());
		assertThat(solco.status()).isEqualTo(200);
		assertThat(solco.<List<String>>read("$.members[*].username")).contains("counsellor2", "partnercoord");
		refused(404, () -> api.as("partnercoord").get("/api/v1/partners/" + idea()));
		refused(404, () -> api.as("partnercoord").get("/api/v1/partners/" + idea() + "/contributions"));
		assertThat(api.as("partnercoord").get("/api/v1/partners/" + solco() + "/contributions").status())
			.isEqualTo(200);
		refused(403,
				() -> api.as("partnercoord")
					.put("/api/v1/agreements/" + own, Json.of("version", 0, "title", "Mio", "validFrom", "2026-02-01",
							"validTo", "2027-01-31", "parties", List.of(solco()))));
		refused(403,
				() -> api.as("partnercoord")
					.post("/api/v1/partners/" + solco() + "/contributions",
							Json.of("kind", "MONEY", "quantity", 5, "deliveredOn", "2026-03-02")));
	}

	static byte[] largePdf(int size) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
		while (out.size() < size) {
			out.writeBytes(
					"% padding padding padding padding padding padding padding\n".getBytes(StandardCharsets.US_ASCII));
		}
		return out.toByteArray();
	}

	long files() throws Exception {
		if (!Files.isDirectory(storage)) {
			return 0;
		}
		try (var list = Files.list(storage)) {
			return list.count();
		}
	}

}
