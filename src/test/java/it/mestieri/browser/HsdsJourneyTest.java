package it.mestieri.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import it.mestieri.partners.PartnerTables;
import it.mestieri.testing.BrowserTestBase;

/**
 * The coordinator downloads the partners as HSDS JSON, imports the official HSDS
 * organization example and reads the report, then tries a broken file and reads where it
 * is wrong.
 */
class HsdsJourneyTest extends BrowserTestBase {

	static final Path EXAMPLE = Paths.get("src", "test", "resources", "hsds", "examples", "organization_full.json");

	private PartnerTables tables;

	@BeforeEach
	void rememberThePartners() {
		tables = PartnerTables.remember(database.jdbc());
	}

	@AfterEach
	void putThePartnersBack() {
		tables.restore();
	}

	@Test
	void theCoordinatorDownloadsImportsAndIsToldWhatIsWrongWithABrokenFile(@TempDir Path files) throws IOException {
		logIn(page, "coordinator");
		page.navigate(url("/partners/hsds"));
		assertThat(page.locator("h1")).hasText(message("partners.hsds.heading"));

		Download download = page.waitForDownload(() -> page
			.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(message("partners.hsds.export.download")))
			.click());
		String exported = Files.readString(download.path(), StandardCharsets.UTF_8);
		assertThat(exported).startsWith("{").contains("\"contents\"", "Solco Roma", "Via Tuscolana 2068");
		screenshot(page, "hsds", "1-page");

		page.getByLabel(message("partners.hsds.import.file")).setInputFiles(EXAMPLE);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(message("partners.hsds.import.submit")))
			.click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText(message("partners.hsds.report.counts", 1, 0, 0, 0));
		screenshot(page, "hsds", "2-imported");

		Path broken = files.resolve("broken.json");
		Files.writeString(broken, "{\"id\": \"d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610\", \"name\": 42}");
		page.getByLabel(message("partners.hsds.import.file")).setInputFiles(broken);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(message("partners.hsds.import.submit")))
			.click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText(message("partners.hsds.invalid", 2));
		assertThat(page.locator("table caption")).hasText(message("partners.hsds.errors.caption"));
		assertThat(page.locator("table tbody tr")).hasCount(2);
		assertThat(page.locator("table tbody")).containsText("/name");
		screenshot(page, "hsds", "3-errors");
	}

}
