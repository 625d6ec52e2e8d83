package it.mestieri.identity;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Who may use one module's addresses, declared beside its controllers. The security
 * configuration applies every module's rules after the common ones (the login, the error
 * page, static files, the API description); an API call no rule names is refused, a page
 * no rule names is for staff. The first rule that matches decides, so a module's rules
 * never name another module's paths; {@code AuthorizationMatrixTest} checks the whole.
 */
public interface UrlRules {

	/** Every staff role, for what any member of staff may use. */
	String[] STAFF = { "RECEPTION", "COUNSELLOR", "CASE_WORKER", "COORDINATOR", "PARTNER_COORDINATOR", "ADMIN" };

	/** Rules for {@code /api/**}. */
	default void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
	}

	/** Rules for the pages. */
	default void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
	}

}
