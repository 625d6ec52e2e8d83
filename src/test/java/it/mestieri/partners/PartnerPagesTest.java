package it.mestieri.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import it.mestieri.identity.StaffDirectory;
import it.mestieri.identity.StaffMember;
import it.mestieri.identity.StaffRole;

import it.mestieri.testing.ApiResponse;
import it.mestieri.testing.ApiTestBase;
import it.mestieri.testing.Browser;
import it.mestieri.testing.Json;
import it.mestieri.testing.SecurityEvents;

/**
 * The partner and agreement pages: what a partner coordinator may see, two coordinators
 * saving the same agreement from their forms, and uploads refused for their type or size.
 */
class PartnerPagesTest extends ApiTestBase {

	static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

	long partner(String name) {
		List<Map<String, Object>> all = api.anonymous().get("/api/v1/partners").read("$[?(@.name == '" + name + "')]");
		return ((Number) all.get(0).get("id")).longValue();
	}

	long agreement(String title, long party) {
		ApiResponse created = api.as("coordinator")
			.post("/api/v1/agreements", Json.of("title", title, "validFrom", "2026-01-01", "validTo", "2026-12-31",
					"parties", List.of(party)));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.id();
	}

	Browser loggedIn(String user) throws Exception {
		Browser browser = new Browser(port);
		browser.logIn(user, password);
		return browser;
	}

	@Test
	void aPartnerCoordinatorSeesOnlyTheirPartnerAndNoForms() throws Exception {
		long solco = partner("Solco Roma");
		long idea = partner("Consorzio Idea Agenzia per il Lavoro");
		long others = agreement("Protocollo solo di Idea", idea);
		Browser browser = loggedIn("partnercoord");

		HttpResponse<String> list = browser.get("/partners");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains("href=\"/partners/" + solco + "\"")
			.doesNotContain("href=\"/partners/" + idea + "\"")
			.doesNotContain("Protocollo solo di Idea")
			.doesNotContain("href=\"/partners/new\"");

		HttpResponse<String> own = browser.get("/partners/" + solco);
		assertThat(own.statusCode()).isEqualTo(200);
		assertThat(own.body()).contains("Solco Roma")
			.doesNotContain("<form action=\"/partners/" + solco)
			.doesNotContain("/members\"");

		HttpResponse<String> other = browser.get("/partners/" + idea);
		assertThat(other.statusCode()).isEqualTo(404);
		assertThat(other.body()).contains("Partner sconosciuto");
		assertThat(browser.get("/partners/agreements/" + others).statusCode()).isEqualTo(404);
		HttpResponse<String> create = browser.get("/partners/agreements/new");
		assertThat(create.statusCode()).isEqualTo(403);
		assertThat(create.body()).contains("spettano al coordinatore");
	}

	@Test
	void theSecondOfTwoCoordinatorsSeesTheirInputKeptBesideWhatIsSavedNow() throws Exception {
		long solco = partner("Solco Roma");
		long id = agreement("Protocollo da modificare in due", solco);
		String page = "/partners/agreements/" + id;
		Browser first = loggedIn("coordinator");
		Browser second = loggedIn("coordinator");
		String firstVersion = version(first.get(page).body());
		String secondVersion = version(second.get(page).body());

		HttpResponse<String> saved = first.postWithToken(page, page,
				Map.of("version", firstVersion, "title", "Titolo del primo", "validFrom", "2026-01-01", "validTo",
						"2026-12-31", "parties", String.valueOf(solco)));
		assertThat(saved.statusCode()).isEqualTo(302);

		HttpResponse<String> refused = second.postWithToken(page, page,
				Map.of("version", secondVersion, "title", "Titolo del secondo", "validFrom", "2026-02-01", "validTo",
						"2026-11-30", "parties", String.valueOf(solco)));

		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(refused.body()).contains("dopo che lo avevi aperto")
			.contains("value=\"Titolo del secondo\"")
			.contains("value=\"2026-11-30\"")
			.contains("<dd>Titolo del primo</dd>");
		assertThat(api.as("coordinator").get("/api/v1/agreements/" + id).text("$.title")).isEqualTo("Titolo del primo");

		String now = version(refused.body());
		assertThat(now).isNotEqualTo(secondVersion);
		HttpResponse<String> again = second.postWithToken(page, page,
				Map.of("version", now, "title", "Titolo del secondo", "validFrom", "2026-02-01", "validTo",
						"2026-11-30", "parties", String.valueOf(solco)));
		assertThat(again.statusCode()).isEqualTo(302);
		assertThat(api.as("coordinator").get("/api/v1/agreements/" + id).text("$.title"))
			.isEqualTo("Titolo del secondo");
	}

	@Test
	void theSecondOfTwoCoordinatorsEditingAPartnerIsToldAndKeepsTheirInput() throws Exception {
		String name = "Partner da modificare in due " + System.nanoTime();
		long id = api.as("coordinator")
			.post("/api/v1/partners",
					Json.of("name", name, "kind", "FOUNDATION", "areas", List.of("LAVORO"), "activeFrom", "2026-01-01"))
			.id();
		String page = "/partners/" + id;
		Browser first = loggedIn("coordinator");
		Browser second = loggedIn("coordinator");
		String firstVersion = version(first.get(page).body());
		String secondVersion = version(second.get(page).body());

		HttpResponse<String> saved = first.postWithToken(page, page, Map.of("version", firstVersion, "name", name,
				"kind", "FOUNDATION", "phone", "+39 06 1111111", "areas", "LAVORO", "activeFrom", "2026-01-01"));
		assertThat(saved.statusCode()).isEqualTo(302);

		HttpResponse<String> refused = second.postWithToken(page, page, Map.of("version", secondVersion, "name", name,
				"kind", "BANK", "email", "secondo@example.org", "areas", "IMPRESA", "activeFrom", "2026-01-01"));

		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(refused.body()).contains("dopo che li avevi aperti")
			.contains("+39 06 1111111")
			.contains("value=\"secondo@example.org\"")
			.contains("<details open");
		assertThat(api.as("coordinator").get("/api/v1/partners/" + id).text("$.phone")).isEqualTo("+39 06 1111111");

		String now = version(refused.body());
		assertThat(now).isNotEqualTo(secondVersion);
		HttpResponse<String> again = second.postWithToken(page, page, Map.of("version", now, "name", name, "kind",
				"BANK", "email", "secondo@example.org", "areas", "IMPRESA", "activeFrom", "2026-01-01"));
		assertThat(again.statusCode()).isEqualTo(302);
		ApiResponse after = api.as("coordinator").get("/api/v1/partners/" + id);
		assertThat(after.text("$.email")).isEqualTo("secondo@example.org");
		assertThat(after.text("$.kind")).isEqualTo("BANK");
	}

	@Test
	void aPdfIsUploadedFromThePageAndAnythingElseIsRefusedWithAClearPage() throws Exception {
		long id = agreement("Protocollo con caricamento dalla pagina", partner("Solco Roma"));
		String page = "/partners/agreements/" + id;
		Browser browser = loggedIn("coordinator");

		HttpResponse<String> uploaded = browser.postFileWithToken(page, page + "/documents", "file", "firmato.pdf",
				"application/pdf", AgreementsApiTests.PDF);
		assertThat(uploaded.statusCode()).isEqualTo(302);
		assertThat(browser.get(page).body()).contains("firmato.pdf");

		HttpResponse<String> large = browser.postFileWithToken(page, page + "/documents", "file", "grande.pdf",
				"application/pdf", AgreementsApiTests.largePdf(300 * 1024));
		assertThat(large.statusCode()).isEqualTo(413);
		assertThat(large.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
		assertThat(large.body()).contains("troppo grande").contains("200 kB");

		HttpResponse<String> fake = browser.postFileWithToken(page, page + "/documents", "file", "finto.pdf",
				"application/pdf", "MZ not a pdf".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		assertThat(fake.statusCode()).isEqualTo(415);
		assertThat(fake.body()).contains("solo documenti PDF");
		assertThat(api.as("coordinator").get("/api/v1/agreements/" + id).<List<Object>>read("$.documents")).hasSize(1);
	}

	@Autowired
	StaffDirectory staff;

	@Autowired
	Partners partners;

	@Test
	void theCoordinatorAssignsACounsellorRecordsTheConsentAndUnassigns() throws Exception {
		long solco = partner("Solco Roma");
		StaffMember counsellor = staff.create("consulente" + System.nanoTime() % 100000, "Consulente di prova",
				"una-password-lunga", Set.of(StaffRole.COUNSELLOR));
		StaffMember receptionist = staff.findByUsername("reception").orElseThrow();
		String page = "/partners/" + solco;
		Browser browser = loggedIn("coordinator");

		assertThat(browser
			.postWithToken(page, page + "/members", Map.of("staffId", String.valueOf(counsellor.id().value())))
			.statusCode()).isEqualTo(302);
		assertThat(partners.membership(counsellor.id()))
			.hasValue(new PartnerMember(counsellor.id(), new PartnerId(solco), false));
		assertThat(browser.get(page).body()).contains("Consulente di prova");

		assertThat(browser
			.postWithToken(page, page + "/members",
					Map.of("staffId", String.valueOf(counsellor.id().value()), "namePublic", "true"))
			.statusCode()).isEqualTo(302);
		assertThat(partners.membership(counsellor.id())).map(PartnerMember::namePublic).hasValue(true);

		HttpResponse<String> refused = browser.postWithToken(page, page + "/members",
				Map.of("staffId", String.valueOf(receptionist.id().value())));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("non è di un consulente");
		assertThat(partners.membership(receptionist.id())).isEmpty();

		try (SecurityEvents events = SecurityEvents.capture()) {
			assertThat(browser.postWithToken(page, page + "/members/" + counsellor.id().value() + "/remove", Map.of())
				.statusCode()).isEqualTo(302);
			assertThat(events.lines()).contains("security event=partner.memberRemoved partner=" + solco + " staff="
					+ counsellor.id().value() + " by=coordinator");
		}
		assertThat(partners.membership(counsellor.id())).isEmpty();
	}

	private static String version(String page) {
		Matcher matcher = VERSION.matcher(page);
		assertThat(matcher.find()).as("a version field").isTrue();
		return matcher.group(1);
	}

}
