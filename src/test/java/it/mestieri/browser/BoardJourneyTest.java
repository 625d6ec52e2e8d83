package it.mestieri.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;

import it.mestieri.testing.BrowserTestBase;

/** The hall display, on the screen in the waiting area. */
class BoardJourneyTest extends BrowserTestBase {

	@Test
	void theHallDisplayShowsTheCallWithoutReloadingWhenACounsellorCallsTheTicket() {
		checkIn("LAVORO");
		page.navigate(url("/board"));
		assertThat(page.locator("#board-status")).hasText(message("board.live"));
		assertThat(page.locator(".board-calls")).containsText(message("board.none"));
		assertThat(page.locator(".board-next")).containsText("L-001");
		assertThat(page.locator("#board-announcer")).isEmpty();
		assertThat(page.locator("#board-announcer")).hasAttribute("aria-live", "assertive");
		page.evaluate("() => { window.sameDocument = true; }");
		screenshot(page, "board", "1-waiting");

		// A counsellor, in a browser of their own, takes the first desk and calls the
		// next ticket.
		Page counsellor = newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)).newPage();
		logIn(counsellor, "counsellor");
		counsellor.navigate(url("/desk"));
		counsellor.getByText(message("desks.take", "Sportello 1")).click();
		counsellor.getByText(message("desk.callNext")).click();
		assertThat(counsellor.locator(".current-ticket")).hasText("L-001");

		assertThat(page.locator(".board-call.latest")).containsText("L-001");
		assertThat(page.locator(".board-call.latest")).containsText("Sportello 1");
		assertThat(page.locator("#board-announcer")).hasText(message("board.announce", "L-001", "Sportello 1"));
		assertThat(page.locator(".board-next")).not().containsText("L-001");
		assertThat(page.evaluate("() => window.sameDocument === true")).as("the board did not reload").isEqualTo(true);
		assertThat(page).hasURL(url("/board"));
		screenshot(page, "board", "2-called");

		page.navigate(url("/board?lang=en"));
		assertThat(page.locator(".board-calls h2")).hasText(english("board.calls"));
		assertThat(page.locator(".board-call.latest")).containsText("L-001");
		screenshot(page, "board", "3-english");
	}

}
