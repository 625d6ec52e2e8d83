package it.mestieri.counselling;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import it.mestieri.identity.UrlRules;

/**
 * Who may use the counselling module's addresses. Counsellors record interviews; the
 * coordinator and partner coordinators read them; the list of resources handed over is
 * the coordinator's.
 */
@Component
class CounsellingUrlRules implements UrlRules {

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/api/v1/interviews/**")
			.hasAnyRole("COUNSELLOR", "COORDINATOR", "PARTNER_COORDINATOR")
			.requestMatchers("/api/v1/interviews/**")
			.hasRole("COUNSELLOR");
	}

	@Override
	public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers("/counselling/**")
			.hasRole("COORDINATOR")
			.requestMatchers("/interviews", "/interviews/**")
			.hasRole("COUNSELLOR");
	}

}
