package it.mestieri.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import it.mestieri.testing.ApiTestBase;
import it.mestieri.testing.Browser;

/**
 * The coordinator's HSDS page: the download for the coordinator and a partner's
 * coordinator, the upload form for the coordinator only; an upload imports and reports, a
 * bad file lists its errors (JSON pointer and message) and changes nothing.
 */
class HsdsPageTest extends ApiTestBase {

	static final String PAGE = "/partners/hsds";
	static final String IMPORT = "/partners/hsds/import";

	private PartnerTables tables;

	@BeforeEach
	void rememberThePartners() {
		tables = PartnerTables.remember(database.jdbc());
	}

	@AfterEach
	void putThePartnersBack() {
		tables.restore();
	}

	private Browser as(String who) throws IOException, InterruptedException {
		Browser browser = new Browser(port);
		browser.logIn(who, password);
		return browser;
	}

	private HttpResponse<String> upload(Browser browser, String content) throws IOException, InterruptedException {
		return browser.postFileWithToken(PAGE, IMPORT, "file", "partners.json", "application/json",
				content.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void theCoordinatorSeesTheDownloadAndTheUploadForm() throws Exception {
		HttpResponse<String> page = as("coordinator").get(PAGE);

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body())
			.contains("href=\"/api/v1/export/hsds\"", "id=\"hsds-file\"", "enctype=\"multipart/form-data\"")
			.contains("Partner: " + tables.partnerCount());
	}

	@Test
	void aPartnersCoordinatorSeesTheDownloadButNoUploadForm() throws Exception {
		Browser partnercoord = as("partnercoord");
		HttpResponse<String> page = partnercoord.get(PAGE);

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("href=\"/api/v1/export/hsds\"").doesNotContain("hsds-file", IMPORT);
		String before = tables.now();
		assertThat(partnercoord.postWithToken(PAGE, IMPORT, java.util.Map.of()).statusCode()).isEqualTo(403);
		assertThat(tables.now()).isEqualTo(before);
	}

	@Test
	void anUploadImportsAndTheReportSaysWhatHappened() throws Exception {
		Browser coordinator = as("coordinator");

		HttpResponse<String> posted = upload(coordinator, HsdsApiTests.example("organization_full.json"));

		assertThat(posted.statusCode()).as(posted.body()).isEqualTo(302);
		assertThat(posted.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith(PAGE));
		assertThat(coordinator.get(PAGE).body()).contains("File importato",
				"Partner creati: 1; aggiornati: 0; invariati: 0; tralasciati: 0.",
				"Che cosa ha creato o cambiato l&#39;importazione", "Example Organization Inc.",
				"Nuovo partner, creato dal file");
		assertThat(database.count("select count(*) from partners_partner where name = 'Example Organization Inc.'"))
			.isEqualTo(1);
	}

	@Test
	void anInvalidFileIsRefusedWithItsErrorsListedAndNothingChanges() throws Exception {
		String before = tables.now();

		HttpResponse<String> response = upload(as("coordinator"), "{\"id\": \"x\", \"name\": 42}");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("Errori nel file", "Non è stato cambiato nulla", "<code>/name</code>",
				"<code>/id</code>", "description", "<caption>");
		assertThat(tables.now()).isEqualTo(before);
	}

	@Test
	void malformedJsonAndAFileTooLargeAreRefused() throws Exception {
		Browser coordinator = as("coordinator");
		String before = tables.now();

		HttpResponse<String> malformed = upload(coordinator, "{\"contents\": [");
		assertThat(malformed.statusCode()).isEqualTo(400);
		assertThat(malformed.body()).contains("non è JSON valido").doesNotContain("Exception");

		HttpResponse<String> large = upload(coordinator, " ".repeat(HsdsImport.MAX_BYTES + 1) + "{}");
		assertThat(large.statusCode()).isEqualTo(413);
		assertThat(large.body()).contains("troppo grande", "5 MB");
		assertThat(tables.now()).isEqualTo(before);
	}

}
