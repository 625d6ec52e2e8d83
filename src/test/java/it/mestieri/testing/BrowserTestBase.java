package it.mestieri.testing;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ScreenshotAnimations;

/**
 * Base of the browser tests: the application on a random port with an empty reception at
 * {@link MutableClock#TUESDAY_MORNING} (as for {@link ApiTestBase}, whose API client sets
 * the scene), one Chromium per test JVM ({@link Chromium#shared()}) and a fresh browser
 * context (no cookies, Italian) per test. Screenshots go to
 * {@code target/screenshots/<journey>-<step>.png}.
 */
@BrowserTest
public abstract class BrowserTestBase extends ApiTestBase {

	/** Where journeys leave their screenshots. */
	public static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	@Autowired
	private MessageSource messages;

	private Browser browser;

	private BrowserContext context;

	/** A tab of this test's browser context, on a desktop-sized window. */
	protected Page page;

	@BeforeEach
	void openAContext() {
		browser = Chromium.shared();
		context = newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
		page = context.newPage();
	}

	@AfterEach
	void closeTheContext() {
		if (context != null) {
			context.close();
		}
	}

	/**
	 * Another browser context of this test (someone else's browser), closed with the
	 * test.
	 */
	protected BrowserContext newContext(Browser.NewContextOptions options) {
		BrowserContext created = browser.newContext(options.setLocale("it-IT").setTimezoneId("Europe/Rome"));
		created.setDefaultTimeout(10_000);
		if (context != null) {
			context.onClose(closed -> created.close());
		}
		return created;
	}

	/** The absolute address of a path of the application. */
	protected String url(String path) {
		return "http://127.0.0.1:" + port + path;
	}

	/**
	 * Logs in on the login page as a demo account and waits to land on the staff page.
	 */
	protected void logIn(Page tab, String username) {
		tab.navigate(url("/login"));
		tab.getByLabel(Pattern.compile("^(Nome utente|Username)$")).fill(username);
		tab.getByLabel(Pattern.compile("^Password$")).fill(password);
		tab.locator("main form button[type=submit]").click();
		assertThat(tab).not().hasURL(Pattern.compile(".*/login.*"));
	}

	/** A text of the pages in Italian, as the message bundle has it. */
	protected String message(String key, Object... arguments) {
		return messages.getMessage(key, arguments, Locale.ITALIAN);
	}

	/** A text of the pages in English. */
	protected String english(String key, Object... arguments) {
		return messages.getMessage(key, arguments, Locale.ENGLISH);
	}

	/** Saves the tab as {@code target/screenshots/<journey>-<step>.png}. */
	protected static void screenshot(Page tab, String journey, String step) {
		tab.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(journey + "-" + step + ".png"))
			.setAnimations(ScreenshotAnimations.DISABLED));
	}

}
