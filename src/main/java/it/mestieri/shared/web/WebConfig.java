package it.mestieri.shared.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The request language: the one chosen with {@code ?lang=} (kept in a cookie), else the
 * browser's when it is one we speak, else Italian. Pages get their layout's model from
 * {@link PageModel}.
 */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

	private final PageModel pageModel;

	WebConfig(PageModel pageModel) {
		this.pageModel = pageModel;
	}

	static final Locale ITALIAN = Locale.ITALIAN;
	static final List<Locale> SUPPORTED = List.of(Locale.ITALIAN, Locale.ENGLISH);

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("mestieri-lang");
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setDefaultLocaleFunction(WebConfig::fromBrowser);
		return resolver;
	}

	static Locale fromBrowser(HttpServletRequest request) {
		if (request.getHeader("Accept-Language") == null) {
			return ITALIAN;
		}
		var languages = java.util.Collections.list(request.getLocales());
		for (Locale candidate : languages) {
			for (Locale supported : SUPPORTED) {
				if (supported.getLanguage().equals(candidate.getLanguage())) {
					return supported;
				}
			}
		}
		return ITALIAN;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		// A page's ?lang= is a choice kept for the next pages; the API answers each call
		// in the language it asks for (Accept-Language, or an endpoint's own lang) and
		// keeps nothing.
		registry.addInterceptor(interceptor).excludePathPatterns("/api/**");
		registry.addInterceptor(pageModel);
	}

}
