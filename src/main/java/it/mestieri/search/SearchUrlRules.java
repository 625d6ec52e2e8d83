package it.mestieri.search;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import it.mestieri.identity.UrlRules;

/**
 * Who may use the search module's addresses. The search and the occupation sheets are
 * public; the index rebuild and the usage figures are the coordinator's.
 */
@Component
class SearchUrlRules implements UrlRules {

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/api/v1/search", "/api/v1/search/suggest", "/api/v1/occupations/**")
			.permitAll()
			.requestMatchers("/api/v1/search/index", "/api/v1/search/usage")
			.hasRole("COORDINATOR");
	}

	@Override
	public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers("/search", "/search/**", "/occupations/**")
			.permitAll()
			.requestMatchers("/resources/usage")
			.hasRole("COORDINATOR");
	}

}
