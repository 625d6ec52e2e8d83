package it.mestieri.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * Debian's Chromium, driven by Playwright. Playwright never downloads a browser of its
 * own here: it launches {@code /usr/bin/chromium}, which {@code .ci/run} installs with
 * apt when it is missing. See {@link ChromiumCondition} for what happens without it.
 */
public final class Chromium {

	/** Where Debian's package puts the browser. */
	public static final Path EXECUTABLE = Paths.get("/usr/bin/chromium");

	/** Said when the browser is missing. */
	public static final String HOW_TO_INSTALL = "install Debian's Chromium with "
			+ "`apt-get update && apt-get install -y chromium` (it must be at " + EXECUTABLE + ")";

	private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
			"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage");

	private Chromium() {
	}

	public static boolean installed() {
		return Files.isExecutable(EXECUTABLE);
	}

	/** The Playwright driver, told not to download browsers. */
	private static Playwright playwright() {
		return Playwright.create(new Playwright.CreateOptions()
			.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1", "PLAYWRIGHT_BROWSERS_PATH", "0")));
	}

	private static Playwright shared;

	private static Browser sharedBrowser;

	/**
	 * The headless Chromium of this test JVM, launched by the first browser test and
	 * closed when the JVM exits: starting Playwright's driver and a browser costs about a
	 * second and a half, which every browser test class used to pay. Launched again if it
	 * died. Each test works in browser contexts of its own, which share nothing.
	 */
	public static synchronized Browser shared() {
		if (sharedBrowser == null || !sharedBrowser.isConnected()) {
			if (shared == null) {
				shared = playwright();
				Playwright driver = shared;
				Runtime.getRuntime().addShutdownHook(new Thread(driver::close, "chromium-close"));
			}
			sharedBrowser = launch(shared);
		}
		return sharedBrowser;
	}

	/** A headless Chromium from {@link #EXECUTABLE}. */
	private static Browser launch(Playwright playwright) {
		return playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(EXECUTABLE).setHeadless(true).setArgs(ARGS));
	}

}
