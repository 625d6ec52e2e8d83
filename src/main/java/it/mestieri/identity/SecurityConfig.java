package it.mestieri.identity;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.servlet.LocaleResolver;

import it.mestieri.shared.Htmx;
import it.mestieri.shared.ProblemResponses;

/**
 * Who may call what. Pages log in with a form and carry a CSRF token; the API answers
 * HTTP Basic on every call, with no session: a verified password is recognised for a few
 * minutes without a new hash ({@link ThrottledAuthentication}). A request made with a
 * live session (a browser's) always needs the CSRF token, whatever headers it carries;
 * only a Basic call without a session is exempt. Each request of a logged-in person
 * passes the {@link AccountCheck}.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfig {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
			+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

	private static final java.util.Set<String> SAFE_METHODS = java.util.Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	/**
	 * No observation (trace span, counters) around each Spring Security filter of every
	 * request, and no wrapper per filter either; the request's own http.server.requests
	 * metric stays. They took 3 to 5% of the CPU of a search request.
	 */
	@Bean
	SecurityObservationSettings securityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, MessageSource messages, LocaleResolver locales, StaffDirectory staff,
			ThrottledAuthentication credentials, List<UrlRules> modules) throws Exception {
		SecurityContextRepository pageSessions = new DelegatingSecurityContextRepository(
				new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());
		http.securityMatcher("/api/**", "/actuator/**").authorizeHttpRequests(requests -> {
			requests.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
				.permitAll()
				.requestMatchers("/actuator/**")
				.hasRole("ADMIN")
				// The progress of any background job (shared.ImportJobs): only the
				// coordinator starts them.
				.requestMatchers("/api/v1/imports/**")
				.hasRole("COORDINATOR");
			modules.forEach(module -> module.api(requests));
			requests.anyRequest().denyAll();
		})
			// A Basic login lives for its request only: no session is made for an API
			// client.
			.httpBasic(basic -> basic.securityContextRepository(new RequestAttributeSecurityContextRepository())
				.authenticationEntryPoint((request, response, ex) -> {
					if (ex instanceof ThrottledAuthentication.Throttled throttled) {
						throttled(request, response, throttled.waitFor(), messages, locales);
					}
					else {
						problem(request, response, HttpStatus.UNAUTHORIZED, "problem.unauthorized", messages, locales);
					}
				}))
			.exceptionHandling(errors -> errors
				.authenticationEntryPoint((request, response, ex) -> problem(request, response, HttpStatus.UNAUTHORIZED,
						"problem.unauthorized", messages, locales))
				.accessDeniedHandler((request, response, ex) -> problem(request, response, HttpStatus.FORBIDDEN,
						"problem.forbidden", messages, locales)))
			.securityContext(context -> context.securityContextRepository(pageSessions))
			// The API makes no session and keeps no request to come back to: only a page
			// login makes one.
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			.requestCache(cache -> cache.disable())
			.csrf(csrf -> csrf.requireCsrfProtectionMatcher(SecurityConfig::needsCsrfToken))
			.addFilterBefore(
					new AccountCheck(staff, credentials,
							(request, response) -> problem(request, response, HttpStatus.FORBIDDEN,
									"identity.passwordChangeRequired", messages, locales)),
					AnonymousAuthenticationFilter.class)
			.headers(SecurityConfig::headers);
		return http.build();
	}

	/**
	 * Every call that changes something needs the CSRF token, except a Basic call made
	 * without a page login: no browser sends those on its own, and a logged-in browser's
	 * session cookie never exempts it. A session that holds no login (a public page's
	 * form made it, and a client that keeps cookies sends it back) changes nothing.
	 */
	static boolean needsCsrfToken(HttpServletRequest request) {
		if (SAFE_METHODS.contains(request.getMethod())) {
			return false;
		}
		String authorization = request.getHeader("Authorization");
		boolean basic = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
		return !basic || holdsPageLogin(request.getSession(false));
	}

	private static boolean holdsPageLogin(HttpSession session) {
		return session != null
				&& session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) != null;
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, StaffDirectory staff, ThrottledAuthentication credentials,
			List<UrlRules> modules) throws Exception {
		http.authorizeHttpRequests(requests -> {
			requests
				.requestMatchers("/", "/login", "/setup", "/error", "/webjars/**", "/css/**", "/js/**", "/img/**",
						"/favicon.ico", "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**", "/swagger-ui.html",
						"/swagger-ui/**")
				.permitAll();
			modules.forEach(module -> module.pages(requests));
			requests.requestMatchers("/admin/**").hasRole("ADMIN").anyRequest().hasAnyRole(UrlRules.STAFF);
		})
			.formLogin(form -> form.loginPage("/login")
				.defaultSuccessUrl("/staff", false)
				.permitAll()
				.failureHandler((request, response, ex) -> response
					.sendRedirect(request.getContextPath() + (ex instanceof ThrottledAuthentication.Throttled throttled
							? (throttled.waitFor().slowedDown() ? "/login?slowedDown" : "/login?throttled")
							: "/login?error"))))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?loggedOut"))
			.addFilterBefore(
					new AccountCheck(staff, credentials,
							(request, response) -> response
								.sendRedirect(request.getContextPath() + PasswordPages.PATH + "?required")),
					AnonymousAuthenticationFilter.class)
			.headers(SecurityConfig::headers);
		return http.build();
	}

	private static void headers(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.frameOptions(HeadersConfigurer.FrameOptionsConfig::deny);
	}

	private static void throttled(HttpServletRequest request, HttpServletResponse response, LoginThrottle.Wait wait,
			MessageSource messages, LocaleResolver locales) throws IOException {
		long seconds = Math.max(1, wait.duration().toSeconds() + (wait.duration().toMillisPart() > 0 ? 1 : 0));
		response.setHeader("Retry-After", Long.toString(seconds));
		if (wait.slowedDown()) {
			problem(request, response, HttpStatus.TOO_MANY_REQUESTS, "problem.loginSlowedDown", messages, locales,
					seconds);
		}
		else {
			problem(request, response, HttpStatus.TOO_MANY_REQUESTS, "problem.loginThrottled", messages, locales,
					(seconds + 59) / 60);
		}
	}

	/**
	 * A browser page's own call (htmx, fetch, a typed address) gets no Basic challenge:
	 * the browser would open its password dialog over the page. Browsers mark their
	 * requests with Sec-Fetch-Mode.
	 */
	private static boolean fromBrowser(HttpServletRequest request) {
		return request.getHeader("Sec-Fetch-Mode") != null || Htmx.isRequest(request);
	}

	private static void problem(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key,
			MessageSource messages, LocaleResolver locales, Object... arguments) throws IOException {
		if (status == HttpStatus.FORBIDDEN
				&& !TRUST.isAuthenticated(SecurityContextHolder.getContext().getAuthentication())) {
			// Only the CSRF check, which runs before authentication, refuses a caller who
			// is not logged
			// in this way: ask for credentials, as for any other anonymous call, rather
			// than blame a role.
			status = HttpStatus.UNAUTHORIZED;
			key = "problem.unauthorized";
		}
		Locale locale = locales.resolveLocale(request);
		String title = messages.getMessage("problem.title." + status.value(), null, status.getReasonPhrase(), locale);
		String detail = messages.getMessage(key, arguments, key, locale);
		if (status == HttpStatus.UNAUTHORIZED && !fromBrowser(request)) {
			response.setHeader("WWW-Authenticate", "Basic realm=\"Mestieri\"");
		}
		ProblemResponses.write(request, response, status, title, detail);
	}

}
