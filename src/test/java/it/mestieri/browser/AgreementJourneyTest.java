package it.mestieri.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import it.mestieri.testing.ApiResponse;
import it.mestieri.testing.BrowserTestBase;

/**
 * The coordinator records a new agreement: a party, its commitment, and the signed PDF.
 */
class AgreementJourneyTest extends BrowserTestBase {

	static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
		.getBytes(StandardCharsets.US_ASCII);

	@Test
	void aCoordinatorCreatesAnAgreementWithAPartyACommitmentAndUploadsThePdf(@TempDir Path folder) throws Exception {
		Path signed = Files.write(folder.resolve("protocollo-firmato.pdf"), PDF);
		String title = "Protocollo per l'orientamento (prova del browser)";
		logIn(page, "coordinator");
		page.navigate(url("/partners"));
		screenshot(page, "agreement", "1-partners");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(message("partners.agreement.new"))).click();

		page.getByLabel(message("partners.field.title"), new Page.GetByLabelOptions().setExact(true)).fill(title);
		page.getByLabel(message("partners.field.validFrom"), new Page.GetByLabelOptions().setExact(true))
			.fill("2026-04-01");
		page.getByLabel(message("partners.field.validTo"), new Page.GetByLabelOptions().setExact(true))
			.fill("2027-03-31");
		// Bootstrap Italia draws its own check box: the coordinator clicks the label.
		page.locator("label:text-is('Solco Roma')").click();
		assertThat(page.getByLabel("Solco Roma", new Page.GetByLabelOptions().setExact(true))).isChecked();
		screenshot(page, "agreement", "2-new");
		page.locator("main form button[type=submit]").click();

		assertThat(page.locator("h1")).hasText(title);
		assertThat(page.getByRole(AriaRole.STATUS)).hasText(message("partners.saved"));
		page.locator("summary", new Page.LocatorOptions().setHasText(message("partners.commitments.add"))).click();
		page.getByLabel(message("partners.field.partner"), new Page.GetByLabelOptions().setExact(true))
			.selectOption(new SelectOption().setLabel("Solco Roma"));
		page.getByLabel(message("partners.field.kind"), new Page.GetByLabelOptions().setExact(true))
			.selectOption("COUNSELLOR_HOURS");
		page.getByLabel(message("partners.field.quantity"), new Page.GetByLabelOptions().setExact(true)).fill("8");
		page.getByLabel(message("partners.field.period"), new Page.GetByLabelOptions().setExact(true))
			.selectOption("WEEK");
		page.getByLabel(message("partners.field.area"), new Page.GetByLabelOptions().setExact(true))
			.selectOption("ORIENTAMENTO");
		screenshot(page, "agreement", "3-commitment");
		page.locator("form button[type=submit]",
				new Page.LocatorOptions().setHasText(message("partners.commitments.add")))
			.click();

		Locator commitments = page.locator("table", new Page.LocatorOptions().setHas(page.locator("caption",
				new Page.LocatorOptions().setHasText(message("partners.commitments.caption", "Solco Roma")))));
		assertThat(commitments.locator("tbody tr").first()).containsText("8 h");
		assertThat(commitments.locator("tbody tr").first()).containsText(message("partners.period.WEEK"));

		page.getByLabel(message("partners.documents.file"), new Page.GetByLabelOptions().setExact(true))
			.setInputFiles(signed);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(message("partners.documents.upload")))
			.click();
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("protocollo-firmato.pdf")))
			.isVisible();
		screenshot(page, "agreement", "4-saved");

		String id = page.url().replaceAll(".*/partners/agreements/(\\d+).*", "$1");
		assertThat(page.url()).matches(Pattern.compile(".*/partners/agreements/\\d+$").asPredicate()::test);
		ApiResponse saved = api.as("coordinator").get("/api/v1/agreements/" + id);
		assertThat(saved.text("$.title")).isEqualTo(title);
		assertThat(saved.<List<String>>read("$.parties[*].name")).containsExactly("Solco Roma");
		assertThat(saved.<List<Object>>read(
				"$.commitments[?(@.kind == 'COUNSELLOR_HOURS' && @.quantity == 8 && @.area == 'ORIENTAMENTO')]"))
			.hasSize(1);
		assertThat(saved.<List<String>>read("$.documents[*].fileName")).containsExactly("protocollo-firmato.pdf");
	}

}
