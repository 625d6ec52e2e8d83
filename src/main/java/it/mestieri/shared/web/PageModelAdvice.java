package it.mestieri.shared.web;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import it.mestieri.shared.DemoMode;

/** What every page's layout needs: the demo banner and the current language. */
@ControllerAdvice
class PageModelAdvice {

	private final DemoMode demoMode;

	PageModelAdvice(DemoMode demoMode) {
		this.demoMode = demoMode;
	}

	@ModelAttribute("demo")
	boolean demo() {
		return demoMode.enabled();
	}

	@ModelAttribute("lang")
	String lang() {
		return LocaleContextHolder.getLocale().getLanguage();
	}
}
