package it.mestieri.partners;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import it.mestieri.identity.UrlRules;

/**
 * Who may use the partners module's addresses. The list of partners and its HSDS export
 * are public; partner coordinators read, the coordinator changes.
 */
@Component
class PartnersUrlRules implements UrlRules {

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/api/v1/partners", "/api/v1/export/hsds")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/api/v1/partners/**", "/api/v1/agreements/**")
			.hasAnyRole("COORDINATOR", "PARTNER_COORDINATOR")
			.requestMatchers("/api/v1/partners/**", "/api/v1/agreements/**", "/api/v1/import/hsds")
			.hasRole("COORDINATOR");
	}

	@Override
	public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/partners", "/partners/**")
			.hasAnyRole("COORDINATOR", "PARTNER_COORDINATOR")
			.requestMatchers("/partners", "/partners/**")
			.hasRole("COORDINATOR");
	}

}
