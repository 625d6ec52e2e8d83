package it.mestieri.reception;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import it.mestieri.identity.UrlRules;

/**
 * Who may use the reception module's addresses. The wait page, the kiosk and the hall
 * display are public; reception's pages and check-ins are reception's (and the
 * coordinator's), a desk's work the counsellor's.
 */
@Component
class ReceptionUrlRules implements UrlRules {

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/api/v1/queues", "/api/v1/board")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/api/v1/visits", "/api/v1/visits/*/leave")
			.hasAnyRole("RECEPTION", "COORDINATOR")
			.requestMatchers(HttpMethod.POST, "/api/v1/visits/*/transfer")
			.hasAnyRole("RECEPTION", "COUNSELLOR", "COORDINATOR")
			.requestMatchers(HttpMethod.POST, "/api/v1/visits/*/*", "/api/v1/desks/*/*")
			.hasRole("COUNSELLOR")
			.requestMatchers(HttpMethod.GET, "/api/v1/visits/**", "/api/v1/desks/**")
			.hasAnyRole(STAFF);
	}

	@Override
	public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers("/wait", "/kiosk", "/kiosk/**", "/board", "/board/**")
			.permitAll()
			.requestMatchers("/reception", "/reception/**")
			.hasAnyRole("RECEPTION", "COORDINATOR")
			.requestMatchers("/desk", "/desk/**")
			.hasRole("COUNSELLOR");
	}

}
