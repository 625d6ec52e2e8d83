package it.mestieri.rota;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import it.mestieri.identity.UrlRules;

/**
 * Who may use the rota module's addresses. Today's and this week's duty and the calendar
 * feeds are public; staff read shifts; the coordinator plans.
 */
@Component
class RotaUrlRules implements UrlRules {

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/api/v1/rota/today", "/api/v1/rota/week")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/api/v1/shifts/**")
			.hasAnyRole(STAFF)
			.requestMatchers("/api/v1/shifts/**", "/api/v1/rota/**")
			.hasRole("COORDINATOR");
	}

	@Override
	public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers("/duty", "/calendar/**")
			.permitAll()
			.requestMatchers("/rota", "/rota/**")
			.hasRole("COORDINATOR");
	}

}
