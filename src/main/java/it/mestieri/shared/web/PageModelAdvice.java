package it.mestieri.shared.web;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import it.mestieri.shared.CentreClock;
import it.mestieri.shared.DemoMode;

/** What every page's layout needs: the demo banner, the current language and path (for the language switch). */
@ControllerAdvice
class PageModelAdvice {

	private final DemoMode demoMode;
	private final CentreClock clock;

	PageModelAdvice(DemoMode demoMode, CentreClock clock) {
		this.demoMode = demoMode;
		this.clock = clock;
	}

	@ModelAttribute("zone")
	java.time.ZoneId zone() {
		return clock.zone();
	}

	@ModelAttribute("demo")
	boolean demo() {
		return demoMode.enabled();
	}

	@ModelAttribute("currentPath")
	String currentPath(jakarta.servlet.http.HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	@ModelAttribute("lang")
	String lang() {
		return LocaleContextHolder.getLocale().getLanguage();
	}
}
