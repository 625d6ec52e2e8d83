package it.mestieri.counselling;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import it.mestieri.testing.ApiResponse;
import it.mestieri.testing.ApiTestBase;
import it.mestieri.testing.Browser;
import it.mestieri.testing.Json;
import it.mestieri.testing.TestDatabase.Snapshot;

/**
 * The pages without JavaScript: the interview form on the desk page, a refused form shown
 * again with what was ticked, the list of one's records, the correction page and its
 * lock, and the coordinator's resources.
 */
class InterviewPagesTest extends ApiTestBase {

	long desk;

	long visit;

	Browser counsellorAtTheDesk() throws Exception {
		visit = checkIn("LAVORO").id();
		desk = take("counsellor", desk("LAVORO", 0));
		callNext("counsellor", desk);
		Browser browser = new Browser(port);
		browser.logIn("counsellor", password);
		return browser;
	}

	@Test
	void theDeskShowsTheInterviewFormOnceTheInterviewStarts() throws Exception {
		Browser browser = counsellorAtTheDesk();
		assertThat(browser.get("/desk/" + desk).body()).contains("Inizia il colloquio per poterlo registrare")
			.doesNotContain("name=\"topics\"");
		step("counsellor", visit, "start");

		String page = browser.get("/desk/" + desk).body();

		assertThat(page).contains("action=\"/interviews\"", "Argomenti trattati (Cercare lavoro)", "value=\"CV\"",
				"value=\"GUIDA_CV\"", "Materiali consegnati", "Nessun invio", "È stata suggerita un&#39;altra visita")
			.doesNotContain("value=\"BUSINESS_PLAN\"", "value=\"GUIDA_IMPRESA\"", "<textarea");
	}

	@Test
	void aRefusedInterviewShowsTheDeskAgainWithTheReasonAndTheChoicesKept() throws Exception {
		Browser browser = counsellorAtTheDesk();
		step("counsellor", visit, "start");
		Snapshot before = database.snapshot();

		HttpResponse<String> refused = browser.postWithToken("/desk/" + desk, "/interviews",
				Map.of("visit", String.valueOf(visit), "outcome", "INFORMED", "referral", "COURSE", "resources",
						"GUIDA_CV", "followUp", "true"));

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("si indica solo con l&#39;esito", "action=\"/interviews\"")
			.containsPattern("value=\"GUIDA_CV\"\\s+checked")
			.containsPattern("id=\"referral-COURSE\" value=\"COURSE\"\\s+checked")
			.containsPattern("id=\"follow-up\" value=\"true\"\\s+checked");
		assertThat(database.snapshot()).isEqualTo(before);
		assertThat(visit(visit).text("$.status")).isEqualTo("IN_PROGRESS");
	}

	@Test
	void aRecordedInterviewIsConfirmedOnTheDeskAndListedCorrectableForADay() throws Exception {
		Browser browser = counsellorAtTheDesk();
		step("counsellor", visit, "start");

		HttpResponse<String> recorded = browser.postWithToken("/desk/" + desk, "/interviews",
				Map.of("visit", String.valueOf(visit), "outcome", "INFORMED", "topics", "CV"));

		assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(302);
		assertThat(recorded.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/desk/" + desk));
		assertThat(browser.get("/desk/" + desk).body()).contains("Colloquio registrato.", "Chiama il prossimo");
		long id = database.count("select id from counselling_interview where visit_id = ?", visit);
		assertThat(browser.get("/interviews").body()).contains("/interviews/" + id,
				"Correggibile fino al 11/03/2026 10:30");
		assertThat(browser.get("/interviews/" + id).body()).contains("Correggi la scheda", "Registrazione",
				"Curriculum e lettera di presentazione");
	}

	@Test
	void aCorrectionOfAnOlderVersionKeepsWhatWasSentAndLaterTheRecordLocks() throws Exception {
		Browser browser = counsellorAtTheDesk();
		step("counsellor", visit, "start");
		ApiResponse recorded = api.as("counsellor")
			.post("/api/v1/interviews", Json.of("visitId", visit, "outcome", "INFORMED", "topics", List.of("CV")));
		long id = recorded.id();
		assertThat(browser
			.postWithToken("/interviews/" + id, "/interviews/" + id, Map.of("version", "0", "topics", "EURES"))
			.statusCode()).isEqualTo(302);

		HttpResponse<String> stale = browser.postWithToken("/interviews/" + id, "/interviews/" + id,
				Map.of("version", "0", "topics", "TIROCINI"));

		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(stale.body()).contains("modificato nel frattempo", "name=\"version\" value=\"1\"")
			.containsPattern("value=\"TIROCINI\"\\s+checked")
			.doesNotContainPattern("value=\"EURES\"\\s+checked");
		assertThat(browser.get("/interviews/" + id).body()).contains("Correzione", "Lavorare all&#39;estero (EURES)");

		clock.advance(Duration.ofHours(25));
		String locked = browser.get("/interviews/" + id).body();
		assertThat(locked).contains("Questa scheda è chiusa dal 11/03/2026 10:30")
			.doesNotContain("Salva la correzione");
		HttpResponse<String> late = browser.postWithToken("/interviews/" + id, "/interviews/" + id,
				Map.of("version", "1", "topics", "CV"));
		assertThat(late.statusCode()).isEqualTo(409);
		assertThat(late.body()).contains("si può correggere solo nelle 24 ore");

		Browser other = new Browser(port);
		other.logIn("counsellor2", password);
		assertThat(other.get("/interviews/" + id).statusCode()).isEqualTo(403);
		assertThat(other.get("/interviews").body()).doesNotContain("/interviews/" + id);
	}

	@Test
	void theCoordinatorAddsRenamesAndRetiresResources() throws Exception {
		Browser browser = new Browser(port);
		browser.logIn("coordinator", password);
		String code = "PROVA_" + System.nanoTime();

		assertThat(browser
			.postWithToken("/counselling/resources", "/counselling/resources",
					Map.of("code", code, "nameIt", "Guida di prova", "nameEn", "Test guide", "area", "LAVORO"))
			.statusCode()).isEqualTo(302);
		long id = database.count("select id from counselling_resource where code = ?", code);
		assertThat(browser.postWithToken("/counselling/resources", "/counselling/resources/" + id,
				Map.of("version", "0", "nameIt", "Guida rinnovata", "nameEn", "Renewed guide", "area", "LAVORO",
						"sortOrder", "50", "active", "true"))
			.statusCode()).isEqualTo(302);
		assertThat(browser.get("/counselling/resources").body()).contains("Guida rinnovata", "Renewed guide");

		long visit = checkIn("LAVORO").id();
		long desk = take("counsellor", desk("LAVORO", 0));
		callNext("counsellor", desk);
		step("counsellor", visit, "start");
		assertThat(api.as("counsellor")
			.post("/api/v1/interviews", Json.of("visitId", visit, "outcome", "INFORMED", "resources", List.of(code)))
			.status()).isEqualTo(201);
		String unused = code + "_B";
		browser.postWithToken("/counselling/resources", "/counselling/resources",
				Map.of("code", unused, "nameIt", "Mai usata", "nameEn", "Never used"));
		long unusedId = database.count("select id from counselling_resource where code = ?", unused);

		assertThat(browser.postWithToken("/counselling/resources", "/counselling/resources/" + id + "/remove", Map.of())
			.statusCode()).isEqualTo(302);
		assertThat(browser.get("/counselling/resources").body()).contains("è stato disattivato, non eliminato");
		assertThat(browser
			.postWithToken("/counselling/resources", "/counselling/resources/" + unusedId + "/remove", Map.of())
			.statusCode()).isEqualTo(302);

		assertThat(database.count("select count(*) from counselling_resource where code = ? and active = false", code))
			.isEqualTo(1);
		assertThat(database.count("select count(*) from counselling_resource where code = ?", unused)).isZero();
		assertThat(api.as("counsellor").get("/api/v1/interviews").body()).contains(code);
	}

}
