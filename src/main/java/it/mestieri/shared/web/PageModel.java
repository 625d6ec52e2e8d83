package it.mestieri.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

import it.mestieri.shared.CentreClock;
import it.mestieri.shared.DemoMode;

/**
 * What every page's layout needs: the demo banner, the centre's time zone, the current
 * language and path (for the language switch). Added once a page is to be rendered, so
 * that the API's answers (no view) and redirects (whose model would become query
 * parameters) carry nothing.
 */
@Component
class PageModel implements HandlerInterceptor {

	private final DemoMode demoMode;

	private final CentreClock clock;

	PageModel(DemoMode demoMode, CentreClock clock) {
		this.demoMode = demoMode;
		this.clock = clock;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView page) {
		if (page == null || page.getView() instanceof RedirectView
				|| (page.getViewName() != null && page.getViewName().startsWith("redirect:"))) {
			return;
		}
		page.addObject("zone", clock.zone());
		page.addObject("demo", demoMode.enabled());
		page.addObject("currentPath", request.getRequestURI().substring(request.getContextPath().length()));
		page.addObject("lang", LocaleContextHolder.getLocale().getLanguage());
	}

}
