package it.mestieri.delivery;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import it.mestieri.identity.UrlRules;

/**
 * Who may use the delivery module's addresses. Committed against delivered: the
 * coordinator and the partner coordinators (each limited to their own partner by the
 * pages).
 */
@Component
class DeliveryUrlRules implements UrlRules {

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/api/v1/partners/*/delivery")
			.hasAnyRole("COORDINATOR", "PARTNER_COORDINATOR");
	}

	@Override
	public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/delivery", "/delivery/**")
			.hasAnyRole("COORDINATOR", "PARTNER_COORDINATOR");
	}

}
