package it.mestieri.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.microsoft.playwright.options.BoundingBox;

import it.mestieri.testing.BrowserTestBase;

/**
 * Keyboard users: the first Tab reaches a visible "skip to content" link that moves the
 * focus to the page's main content, and every control reached with Tab shows where the
 * focus is.
 */
class KeyboardFocusTest extends BrowserTestBase {

	/**
	 * What the focus looks like on the element that has it (or on the label of a hidden
	 * radio).
	 */
	private static final String FOCUS_INDICATOR = """
			() => {
			  let e = document.activeElement;
			  if (!e || e === document.body) return null;
			  const box = e.getBoundingClientRect();
			  let shown = e;
			  if ((box.width <= 2 || box.height <= 2 || getComputedStyle(e).opacity === '0') && e.id) {
			    shown = document.querySelector('label[for="' + e.id + '"]') || e;
			  }
			  const s = getComputedStyle(shown);
			  const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2
			      && !/rgba\\(.*,\\s*0\\)$/.test(s.outlineColor) && s.outlineColor !== 'transparent';
			  const shadow = s.boxShadow && s.boxShadow !== 'none';
			  const name = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.name ? '[name=' + e.name + ']' : '')
			      + ' "' + (e.innerText || e.value || '').trim().substring(0, 30) + '"';
			  return { name: name, visible: outline || shadow,
			      style: 'outline ' + s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.outlineColor + ', shadow ' + s.boxShadow };
			}""";

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/", "/wait", "/kiosk", "/board", "/overview" })
	void theFirstTabReachesAVisibleSkipLinkThatMovesTheFocusToTheContent(String path) {
		logIn(page, "reception");
		page.navigate(url(path));

		page.keyboard().press("Tab");

		assertThat(page.locator(".skip-link")).isFocused();
		assertThat(page.locator(".skip-link")).hasText(message("layout.skipToContent"));
		BoundingBox box = page.locator(".skip-link").boundingBox();
		assertThat(box.width).as("the skip link shows when focused").isGreaterThan(20);
		assertThat(box.y).isGreaterThanOrEqualTo(0);
		if ("/".equals(path)) {
			screenshot(page, "keyboard", "1-skip-link");
		}
		page.keyboard().press("Enter");
		assertThat(page.locator("main#main")).isFocused();
	}

	@Test
	void everyControlReachedWithTabShowsTheFocusOnPublicAndStaffPages() {
		checkIn("LAVORO");
		checkIn("LAVORO");
		long desk = take("counsellor", desk("LAVORO", 0));
		callNext("counsellor", desk);
		List<String> invisible = new ArrayList<>();
		invisible.addAll(tabThrough("/"));
		invisible.addAll(tabThrough("/kiosk"));
		logIn(page, "counsellor");
		invisible.addAll(tabThrough("/desk/" + desk));
		logIn(page, "coordinator");
		invisible.addAll(tabThrough("/reception"));
		invisible.addAll(tabThrough("/centre/settings"));

		assertThat(invisible).as("controls without a visible focus indicator").isEmpty();
	}

	/**
	 * Tabs through the page from its start, up to 80 stops, and names the controls with
	 * no visible focus.
	 */
	@SuppressWarnings("unchecked")
	private List<String> tabThrough(String path) {
		page.navigate(url(path));
		page.evaluate("() => { document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0); }");
		page.locator("body").focus();
		Set<String> invisible = new LinkedHashSet<>();
		Set<String> seen = new LinkedHashSet<>();
		for (int stop = 0; stop < 80; stop++) {
			page.keyboard().press("Tab");
			Map<String, Object> focus = (Map<String, Object>) page.evaluate(FOCUS_INDICATOR);
			if (focus == null || !seen.add((String) focus.get("name"))) {
				break;
			}
			if (!Boolean.TRUE.equals(focus.get("visible"))) {
				invisible.add(path + ": " + focus.get("name") + " " + focus.get("style"));
			}
		}
		assertThat(seen).as("Tab reaches the controls of " + path).hasSizeGreaterThan(3);
		return new ArrayList<>(invisible);
	}

}
