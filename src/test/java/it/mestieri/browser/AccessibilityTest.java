package it.mestieri.browser;

import static it.mestieri.testing.CheckInJson.aCheckIn;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

import it.mestieri.identity.StaffDirectory;
import it.mestieri.identity.StaffRole;
import it.mestieri.search.EscoFixture;
import it.mestieri.testing.ApiResponse;
import it.mestieri.testing.BrowserTestBase;
import it.mestieri.testing.Json;

/**
 * axe-core on every page, public and staff, in Italian and in English: WCAG 2.0 and 2.1,
 * levels A and AA (the Italian public sector's standard), plus axe's best practices. A
 * violation of impact serious or critical fails the test, naming the rule, the elements
 * and where to read about it.
 *
 * <p>
 * To audit a new page, add a line to {@link #pages()}: a name, who looks at it and how to
 * get its address once the scene is set (a waiting ticket, a ticket called at a desk).
 */
class AccessibilityTest extends BrowserTestBase {

	@Autowired
	StaffDirectory staff;

	/**
	 * WCAG 2.0 and 2.1 at levels A and AA, and axe's best practices (landmarks, headings,
	 * skip link).
	 */
	static final List<String> RULE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");

	static final List<String> FAILING_IMPACTS = List.of("serious", "critical");

	/**
	 * A page to audit: who looks at it (null for the public) and its address in the
	 * scene.
	 */
	record AuditedPage(String name, String who, Function<Scene, String> path, int status) {

		static AuditedPage of(String name, String who, Function<Scene, String> path) {
			return new AuditedPage(name, who, path, 200);
		}

		@Override
		public String toString() {
			return name;
		}
	}

	/**
	 * What is there when a page is looked at: a priority ticket waiting, another called
	 * at a desk, and at another desk an interview in progress after one recorded (by
	 * {@link #INTERVIEWER}).
	 */
	record Scene(long waitingVisit, long calledVisit, long desk, long interviewDesk, long interview,
			java.util.function.LongSupplier occupation) {
	}

	/**
	 * A counsellor of the audit's own, so that the demo counsellors' desks stay as the
	 * other pages expect.
	 */
	static final String INTERVIEWER = "counsellor-audit";

	static Stream<AuditedPage> pages() {
		return Stream.of(AuditedPage.of("home", null, scene -> "/"), AuditedPage.of("wait now", null, scene -> "/wait"),
				AuditedPage.of("kiosk", null, scene -> "/kiosk"),
				AuditedPage.of("hall display", null, scene -> "/board"),
				AuditedPage.of("login", null, scene -> "/login"),
				AuditedPage.of("login after a wrong password", null, scene -> "/login?error"),
				AuditedPage.of("staff home", "coordinator", scene -> "/staff"),
				AuditedPage.of("reception check-in", "reception", scene -> "/reception"),
				AuditedPage.of("reception check-in with the ticket just issued", "reception",
						scene -> "/reception?issued=" + scene.waitingVisit()),
				AuditedPage.of("printable ticket", "reception", scene -> "/reception/tickets/" + scene.waitingVisit()),
				AuditedPage.of("overview", "reception", scene -> "/overview"),
				AuditedPage.of("desks to choose from", "counsellor2", scene -> "/desk"),
				AuditedPage.of("desk with a called ticket", "counsellor", scene -> "/desk/" + scene.desk()),
				AuditedPage.of("desk held by someone else", "counsellor2", scene -> "/desk/" + scene.desk()),
				AuditedPage.of("desk with an interview in progress (the interview form)", INTERVIEWER,
						scene -> "/desk/" + scene.interviewDesk()),
				AuditedPage.of("my interviews", INTERVIEWER, scene -> "/interviews"),
				AuditedPage.of("an interview record, correctable, with its history", INTERVIEWER,
						scene -> "/interviews/" + scene.interview()),
				AuditedPage.of("resources handed over", "coordinator", scene -> "/counselling/resources"),
				AuditedPage.of("centre settings", "coordinator", scene -> "/centre/settings"),
				AuditedPage.of("staff accounts", "admin", scene -> "/admin/staff"),
				AuditedPage.of("duty rota, this week", "coordinator", scene -> "/rota"),
				AuditedPage.of("duty rota, next week", "coordinator", scene -> "/rota?week=2026-W12"),
				AuditedPage.of("who is on duty (public)", null, scene -> "/duty"),
				AuditedPage.of("my shifts and calendar feed", "counsellor", scene -> "/duty/mine"),
				AuditedPage.of("partners as HSDS (export and import)", "coordinator", scene -> "/partners/hsds"),
				AuditedPage.of("classifications (ESCO and CP2011): what is loaded, history, upload", "coordinator",
						scene -> "/resources/classification"),
				AuditedPage.of("partners and agreements", "coordinator", scene -> "/partners"),
				AuditedPage.of("partner page (demo partner 1, Solco Roma)", "coordinator", scene -> "/partners/1"),
				AuditedPage.of("partner page read by its partner coordinator", "partnercoord", scene -> "/partners/1"),
				AuditedPage.of("new partner", "coordinator", scene -> "/partners/new"),
				AuditedPage.of("agreement page (the demo agreement)", "coordinator", scene -> "/partners/agreements/1"),
				AuditedPage.of("agreement read by a partner coordinator", "partnercoord",
						scene -> "/partners/agreements/1"),
				AuditedPage.of("new agreement", "coordinator", scene -> "/partners/agreements/new"),
				AuditedPage.of("committed and delivered, every partner", "coordinator", scene -> "/delivery"),
				AuditedPage.of("committed and delivered, own partner", "partnercoord", scene -> "/delivery"),
				AuditedPage.of("catalogue home", "coordinator", scene -> "/resources"),
				AuditedPage.of("catalogue: job offers with expired ones", "coordinator",
						scene -> "/resources/offers?expired=true"),
				AuditedPage.of("catalogue: new course form", "coordinator", scene -> "/resources/courses/new"),
				AuditedPage.of("catalogue: edit a document (demo document 1)", "coordinator",
						scene -> "/resources/documents/1"),
				AuditedPage.of("catalogue: delete confirmation", "coordinator", scene -> "/resources/guides/1/delete"),
				AuditedPage.of("catalogue: JSON-LD import", "coordinator", scene -> "/resources/import"),
				AuditedPage.of("public course page (demo course 1)", null, scene -> "/courses/1"),
				AuditedPage.of("public job offer page (demo offer 1)", null, scene -> "/offers/1"),
				AuditedPage.of("public document page (demo document 1)", null, scene -> "/documents/1"),
				AuditedPage.of("public guide page (demo guide 1)", null, scene -> "/guides/1"),
				AuditedPage.of("search with results and facets", null, scene -> {
					scene.occupation().getAsLong();
					return "/search?q=elettricista";
				}), AuditedPage.of("search without results", "counsellor", scene -> "/search?q=zzzyyyxxx"),
				AuditedPage.of("occupation sheet (nurse: description in English)", null,
						scene -> "/occupations/" + scene.occupation().getAsLong()),
				AuditedPage.of("usage of the catalogue and search", "coordinator", scene -> "/resources/usage"),
				AuditedPage.of("events calendar (public, demo events)", null, scene -> "/events"),
				AuditedPage.of("public event page (demo event 1)", null, scene -> "/events/1"),
				AuditedPage.of("events to come (coordinator)", "coordinator", scene -> "/events/manage"),
				AuditedPage.of("past events (coordinator)", "coordinator", scene -> "/events/manage?when=past"),
				AuditedPage.of("new event form", "coordinator", scene -> "/events/manage/new"),
				AuditedPage.of("edit an event (demo event 1)", "coordinator", scene -> "/events/manage/1"),
				AuditedPage.of("cancel an event: confirmation", "coordinator", scene -> "/events/manage/1/cancel"),
				new AuditedPage("error page (not found)", "reception", scene -> "/reception/tickets/999999", 404));
	}

	/**
	 * One dynamic test per page, all in one scene: pages are only read, so the scene is
	 * set once and each account logs in once, in a browser context of its own that the
	 * pages of that account share (and with it the cached styles and scripts). Public
	 * pages are read in a context that never logs in.
	 */
	@TestFactory
	Stream<DynamicTest> everyPageHasNoSeriousOrCriticalAccessibilityViolationInItalianOrEnglish() {
		Scene scene = setTheScene();
		withAxe(page.context());
		Map<String, Page> tabs = new HashMap<>();
		return pages().map(audited -> DynamicTest.dynamicTest(audited.name(), () -> {
			Page tab = audited.who() == null ? page : tabs.computeIfAbsent(audited.who(), this::loggedInTab);
			List<String> violations = new ArrayList<>();
			for (String lang : List.of("it", "en")) {
				String path = audited.path().apply(scene);
				Response response = tab.navigate(url(path + (path.contains("?") ? "&" : "?") + "lang=" + lang));
				assertThat(response.status()).as(path).isEqualTo(audited.status());
				assertThat(tab.locator("html").getAttribute("lang")).as("html[lang] of " + path).isEqualTo(lang);
				violations.addAll(audit(tab, audited.name() + " (" + lang + ")"));
			}
			assertThat(violations).as("accessibility violations of impact serious or critical").isEmpty();
		}));
	}

	/**
	 * A tab of a new browser context (closed with the test's own) in which the account
	 * has logged in.
	 */
	private Page loggedInTab(String username) {
		Page tab = withAxe(newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))).newPage();
		logIn(tab, username);
		return tab;
	}

	@Test
	void theAuditCatchesAPageWithoutLanguageTitleOrLabels() {
		page.setContent("<html><body><main><img src='x.png'><input type='text'>"
				+ "<p style='color:#bbb;background:#fff'>faint</p></main></body></html>");

		assertThat(audit(page, "broken page")).anyMatch(line -> line.contains("html-has-lang"))
			.anyMatch(line -> line.contains("image-alt"))
			.anyMatch(line -> line.contains("label"))
			.anyMatch(line -> line.contains("color-contrast"));
	}

	/**
	 * A priority visitor waiting for work, and a ticket called by "counsellor" at the
	 * first desk of work.
	 */
	private Scene setTheScene() {
		long called = checkIn("LAVORO").id();
		long waiting = checkIn(aCheckIn("LAVORO").priority()).id();
		checkIn("FORMAZIONE");
		long desk = take("counsellor", desk("LAVORO", 0));
		callNext("counsellor", desk);
		if (staff.findByUsername(INTERVIEWER).isEmpty()) {
			staff.create(INTERVIEWER, "Paola (consulente)", password, EnumSet.of(StaffRole.COUNSELLOR));
		}
		long interviewDesk = take(INTERVIEWER, desk("FORMAZIONE", 0));
		long first = callNext(INTERVIEWER, interviewDesk).id();
		step(INTERVIEWER, first, "start");
		ApiResponse interview = api.as(INTERVIEWER)
			.post("/api/v1/interviews", Json.of("visitId", first, "outcome", "REFERRED", "topics", List.of("ITS"),
					"resources", List.of("ELENCO_CORSI"), "referral", "COURSE"));
		assertThat(interview.status()).as(interview.toString()).isEqualTo(201);
		api.as(INTERVIEWER)
			.put("/api/v1/interviews/" + interview.id(),
					Json.of("version", 0, "topics", List.of("ITS", "APPRENDISTATO"), "referral", "COURSE"));
		checkIn("FORMAZIONE");
		long second = callNext(INTERVIEWER, interviewDesk).id();
		step(INTERVIEWER, second, "start");
		return new Scene(waiting, called, desk, interviewDesk, interview.id(), () -> {
			if (esco == null) {
				esco = EscoFixture.of(context).load();
			}
			return esco.occupationId(EscoFixture.NURSE);
		});
	}

	@Autowired
	org.springframework.context.ApplicationContext context;

	/** Real ESCO occupations, loaded only for the pages that show them. */
	private EscoFixture esco;

	@org.junit.jupiter.api.AfterEach
	void removeTheOccupations() {
		if (esco != null) {
			esco.clean();
			esco = null;
		}
	}

	/** axe-core's script, as the axe-core Playwright integration bundles it. */
	private static final String AXE = AxeBuilder.getAxeScript();

	private static final ObjectMapper JSON = new ObjectMapper();

	/**
	 * What axe runs: every rule of the tags, in the page itself (our content security
	 * policy forbids the cross-origin frames for which axe's integration would run it per
	 * frame and finish it in a blank page); only violations name each element (the other
	 * result types, never read here, keep one), which spares axe most of its work of
	 * making selectors.
	 */
	private static final Map<String, Object> RUN_OPTIONS = Map.of("resultTypes", List.of("violations"), "runOnly",
			Map.of("type", "tag", "values", RULE_TAGS));

	/**
	 * Makes every page the context opens load axe-core as it starts: the browser keeps
	 * the script and compiles it once, where an audit that injects it sends half a
	 * megabyte through the driver and compiles it again (twice, by axe's own integration)
	 * for every page.
	 */
	static BrowserContext withAxe(BrowserContext context) {
		context.addInitScript(AXE);
		return context;
	}

	/**
	 * The serious and critical violations on the page, one line per element: rule,
	 * impact, element, what is wrong, where to read about it. Lesser ones are printed,
	 * not returned.
	 */
	static List<String> audit(Page page, String where) {
		if (!(Boolean) page.evaluate("() => typeof axe !== 'undefined'")) {
			page.evaluate("() => {" + AXE + "}");
		}
		AxeResults results = JSON.convertValue(
				page.evaluate("options => axe.run(document, options).then(found => JSON.parse(JSON.stringify(found)))",
						RUN_OPTIONS),
				AxeResults.class);
		assertThat(results.isErrored()).as("axe-core ran on " + where + ": " + results.getErrorMessage()).isFalse();
		List<String> found = new ArrayList<>();
		for (Rule rule : results.getViolations()) {
			for (CheckedNode node : rule.getNodes()) {
				String line = "%s: %s [%s] at %s: %s (%s)".formatted(
						where, rule.getId(), rule.getImpact(), node.getTarget(), node.getFailureSummary() == null
								? rule.getHelp() : node.getFailureSummary().replaceAll("\\s+", " ").trim(),
						rule.getHelpUrl());
				if (FAILING_IMPACTS.contains(rule.getImpact())) {
					found.add(line);
				}
				else {
					System.out.println("[accessibility, not failing] " + line);
				}
			}
		}
		return found;
	}

}
