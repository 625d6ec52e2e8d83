package it.mestieri.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Page;

import it.mestieri.testing.BrowserTestBase;

/** A partner counsellor at a desk. */
class DeskJourneyTest extends BrowserTestBase {

	@Test
	void aCounsellorCallsStartsAndFinishesAVisitWithAnOutcome() {
		long visit = checkIn("LAVORO").id();
		logIn(page, "counsellor");
		page.navigate(url("/desk"));
		screenshot(page, "desk", "1-choose");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(message("desks.take", "Sportello 1")))
			.click();

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(message("desk.callNext"))).click();
		assertThat(page.locator(".current-ticket")).hasText("L-001");
		assertThat(page.locator("#current-title")).containsText(message("reception.status.CALLED"));
		screenshot(page, "desk", "2-called");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(message("desk.start"))).click();
		assertThat(page.locator("#current-title")).containsText(message("reception.status.IN_PROGRESS"));

		// The interview form takes the place of the plain finish form. Bootstrap Italia
		// hides the
		// radio itself: the counsellor clicks its label.
		page.locator("label[for=outcome-REFERRED]").click();
		assertThat(page.getByLabel(message("outcome.REFERRED"))).isChecked();
		page.locator("label[for=referral-COURSE]").click();
		screenshot(page, "desk", "3-finishing");
		page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName(message("counselling.form.finishAndRecord")))
			.click();

		assertThat(page.locator(".current-ticket")).hasCount(0);
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(message("desk.callNext"))))
			.isVisible();
		screenshot(page, "desk", "4-finished");
		var finished = visit(visit);
		assertThat(finished.text("$.status")).isEqualTo("FINISHED");
		assertThat(finished.text("$.outcome")).isEqualTo("REFERRED");
		assertThat(finished.text("$.referral")).isEqualTo("COURSE");
	}

}
