package it.mestieri.calendar;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import it.mestieri.identity.UrlRules;

/**
 * Who may use the calendar module's addresses. The calendar is public; the coordinator
 * manages it.
 */
@Component
class CalendarUrlRules implements UrlRules {

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/api/v1/events", "/api/v1/events/**")
			.permitAll()
			.requestMatchers("/api/v1/events", "/api/v1/events/**")
			.hasRole("COORDINATOR");
	}

	@Override
	public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers("/events/manage", "/events/manage/**")
			.hasRole("COORDINATOR")
			.requestMatchers("/events", "/events/*")
			.permitAll();
	}

}
