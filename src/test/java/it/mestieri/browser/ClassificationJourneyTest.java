package it.mestieri.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.nio.file.Paths;

import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import it.mestieri.classification.ClassificationTables;
import it.mestieri.testing.BrowserTestBase;

/**
 * The coordinator uploads a small ESCO package on the classifications page, watches the
 * progress bar reach the end and reads the result, then sees what is loaded; a broken
 * file is refused with file, line and reason. The page passes the accessibility audit
 * with a finished import on it.
 */
class ClassificationJourneyTest extends BrowserTestBase {

	static final Path FIXTURES = Paths.get("src", "test", "resources", "esco", "v1.0");

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@BeforeEach
	@AfterEach
	void emptyTheClassification() {
		ClassificationTables.clear(database.jdbc(), entityManagerFactory);
	}

	@Test
	void theCoordinatorUploadsAPackageWatchesTheBarAndReadsTheResult() {
		logIn(page, "coordinator");
		page.navigate(url("/staff"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(message("resources.classification.heading")))
			.click();
		assertThat(page.locator("h1")).hasText(message("resources.classification.heading"));
		assertThat(page.locator(".esco-attribution")).containsText(message("resources.esco.attribution"));

		page.getByLabel(message("resources.classification.upload.files"))
			.setInputFiles(new Path[] { FIXTURES.resolve("occupations_en.csv"), FIXTURES.resolve("skills_en.csv"),
					FIXTURES.resolve("ISCOGroups_en.csv"), FIXTURES.resolve("occupationSkillRelations.csv") });
		page.getByLabel(message("resources.classification.upload.version")).fill("1.0.8");
		page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName(message("resources.classification.upload.submit")))
			.click();

		assertThat(page.getByRole(AriaRole.PROGRESSBAR)).isVisible();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText(message("resources.classification.result.heading"));
		assertThat(page.getByRole(AriaRole.PROGRESSBAR)).hasAttribute("aria-valuenow", "100");
		assertThat(page.getByRole(AriaRole.STATUS))
			.containsText(message("resources.classification.result.counts", 3, 0, 4, 0, 3, 6, 23));
		assertThat(page.locator("#import-progress")).not()
			.hasAttribute("hx-get", java.util.regex.Pattern.compile(".*"));
		screenshot(page, "classification", "1-imported");
		assertThat(AccessibilityTest.audit(page, "classification page after an import")).isEmpty();

		assertThat(page.locator("main"))
			.containsText(message("resources.classification.loaded.totals", 3, 4, 3, 6, 0, 0));
		assertThat(page.locator("table").first()).containsText("1.0.8");

		page.getByLabel(message("resources.classification.upload.files"))
			.setInputFiles(
					FIXTURES.resolve("occupations_en.csv").getParent().getParent().resolve("it/corpus_elements.tsv"));
		page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName(message("resources.classification.upload.submit")))
			.click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("corpus_elements.tsv e concept_mapping.tsv");
		screenshot(page, "classification", "2-refused");
		assertThat(database.count("select count(*) from resources_occupation")).isEqualTo(3);
	}

}
