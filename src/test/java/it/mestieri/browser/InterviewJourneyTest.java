package it.mestieri.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import it.mestieri.testing.ApiResponse;
import it.mestieri.testing.BrowserTestBase;

/**
 * A counsellor records an interview at the desk, then corrects it from the list of their
 * records.
 */
class InterviewJourneyTest extends BrowserTestBase {

	@Test
	void aCounsellorRecordsAnInterviewAndCorrectsItLater() {
		long visit = checkIn("LAVORO").id();
		logIn(page, "counsellor");
		page.navigate(url("/desk"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(message("desks.take", "Sportello 1")))
			.click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(message("desk.callNext"))).click();
		assertThat(page.locator(".current-ticket")).hasText("L-001");
		assertThat(page.getByText(message("counselling.form.startFirst"))).isVisible();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(message("desk.start"))).click();
		assertThat(page.locator("#current-title")).containsText(message("reception.status.IN_PROGRESS"));

		// The keyboard is enough: Space ticks a focused checkbox or radio (Bootstrap
		// Italia draws them on the label).
		page.getByLabel("Curriculum e lettera di presentazione").press("Space");
		page.getByLabel("Colloquio di lavoro").press("Space");
		page.getByLabel("Guida al curriculum vitae").press("Space");
		page.locator("label[for=outcome-REFERRED]").click();
		page.locator("label[for=referral-PARTNER_SERVICE]").click();
		page.getByLabel(message("counselling.form.referralPartner"))
			.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Solco Roma"));
		page.locator("label[for=follow-up]").click();
		assertThat(page.getByLabel("Curriculum e lettera di presentazione")).isChecked();
		assertThat(page.getByLabel("Guida al curriculum vitae")).isChecked();
		assertThat(page.getByLabel(message("counselling.form.followUpSuggested"))).isChecked();
		screenshot(page, "interview", "1-recording");
		page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName(message("counselling.form.finishAndRecord")))
			.click();

		assertThat(page.getByRole(AriaRole.STATUS)
			.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(message("counselling.recorded"))))
			.isVisible();
		assertThat(page.locator(".current-ticket")).hasCount(0);
		screenshot(page, "interview", "2-recorded");
		ApiResponse finished = visit(visit);
		assertThat(finished.text("$.status")).isEqualTo("FINISHED");
		assertThat(finished.text("$.referral")).isEqualTo("PARTNER_SERVICE");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(message("nav.interviews")).setExact(true))
			.click();
		assertThat(page.locator("h1")).hasText(message("counselling.list.heading"));
		assertThat(page.locator("table")).containsText("Correggibile fino al 11/03/2026 10:30");
		screenshot(page, "interview", "3-list");
		page.locator("table a").first().click();

		assertThat(page.locator("h1")).containsText("Colloquio del 10/03/2026");
		page.getByLabel("Colloquio di lavoro").press("Space");
		page.getByLabel("Tirocini").press("Space");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(message("counselling.record.save")))
			.click();

		assertThat(page.getByText(message("counselling.corrected"))).isVisible();
		assertThat(page.locator("table")).containsText(message("counselling.history.kind.CORRECTED"));
		assertThat(page.locator("table")).containsText("CV, COLLOQUIO");
		screenshot(page, "interview", "4-corrected");
		ApiResponse record = api.as("counsellor").get("/api/v1/interviews");
		assertThat(record.<List<String>>read("$[0].topics")).containsExactlyInAnyOrder("CV", "TIROCINI");
		assertThat(record.<List<String>>read("$[0].resources")).containsExactly("GUIDA_CV");
		assertThat(record.<Boolean>read("$[0].followUpSuggested")).isTrue();
		assertThat(record.number("$[0].version")).isEqualTo(1);
	}

}
