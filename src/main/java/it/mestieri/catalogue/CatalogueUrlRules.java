package it.mestieri.catalogue;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import it.mestieri.identity.UrlRules;

/**
 * Who may use the catalogue module's addresses. Items and their export are public to
 * read; the coordinator manages them.
 */
@Component
class CatalogueUrlRules implements UrlRules {

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules
			.requestMatchers(HttpMethod.GET, "/api/v1/courses/**", "/api/v1/job-offers/**", "/api/v1/documents/**",
					"/api/v1/guides/**", "/api/v1/export/jsonld")
			.permitAll()
			.requestMatchers("/api/v1/courses/**", "/api/v1/job-offers/**", "/api/v1/documents/**", "/api/v1/guides/**",
					"/api/v1/import/jsonld")
			.hasRole("COORDINATOR");
	}

	@Override
	public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers("/courses/**", "/offers/**", "/documents/**", "/guides/**")
			.permitAll()
			.requestMatchers("/resources", "/resources/courses/**", "/resources/offers/**", "/resources/documents/**",
					"/resources/guides/**", "/resources/import", "/resources/import/**")
			.hasRole("COORDINATOR");
	}

}
