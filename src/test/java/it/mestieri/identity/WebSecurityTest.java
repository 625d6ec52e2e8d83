package it.mestieri.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import it.mestieri.testing.ApiTestBase;
import it.mestieri.testing.Browser;

/**
 * The web's own defences: security headers on every response, a new session at login, CSRF on
 * page forms, and logins throttled after repeated failures, per account and per address.
 */
class WebSecurityTest extends ApiTestBase {

	@Autowired
	StaffDirectory staff;

	@Test
	void everyResponseCarriesTheSecurityHeaders() throws Exception {
		for (String path : new String[] { "/", "/wait", "/login", "/api/v1/areas", "/nowhere" }) {
			HttpResponse<String> response = browser().get(path);

			String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
			assertThat(csp).as(path).contains("script-src 'self'", "frame-ancestors 'none'", "object-src 'none'");
			assertThat(scriptSource(csp)).as("no inline script allowed on " + path).doesNotContain("unsafe-inline");
			assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
			assertThat(response.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
			assertThat(response.headers().firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
		}
	}

	@Test
	void strictTransportSecurityIsSentBehindHttpsOnly() throws Exception {
		Browser browser = browser();

		assertThat(browser.get("/").headers().firstValue("Strict-Transport-Security")).isEmpty();
		assertThat(browser.get("/", "X-Forwarded-Proto", "https").headers().firstValue("Strict-Transport-Security"))
			.hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age="));
	}

	@Test
	void theSessionIsRenewedAtLogin() throws Exception {
		Browser browser = browser();
		browser.get("/login");
		String before = browser.cookie("JSESSIONID");

		HttpResponse<String> login = browser.logIn("reception", password);

		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/staff"));
		assertThat(browser.cookie("JSESSIONID")).isNotBlank().isNotEqualTo(before);
	}

	@Test
	void aPageFormWithoutTheCsrfTokenIsRefused() throws Exception {
		Browser browser = browser();
		browser.logIn("reception", password);

		HttpResponse<String> withoutToken = browser.post("/reception", Map.of("area", "LAVORO"));
		HttpResponse<String> withToken = browser.postWithToken("/reception", "/reception", Map.of("area", "LAVORO"));

		assertThat(withoutToken.statusCode()).isEqualTo(403);
		assertThat(withToken.statusCode()).isEqualTo(302);
		assertThat(database.count("select count(*) from reception_visit")).isEqualTo(1);
	}

	@Test
	void aPageLoginIsBlockedAfterRepeatedFailuresWithAClearMessage() throws Exception {
		String username = account("throttle-page");
		Browser browser = browser();
		for (int attempt = 0; attempt < 5; attempt++) {
			assertThat(browser.logIn(username, "not-the-password").headers().firstValue("Location"))
				.hasValueSatisfying(to -> assertThat(to).endsWith("/login?error"));
		}

		HttpResponse<String> rightPassword = browser.logIn(username, password);

		assertThat(rightPassword.headers().firstValue("Location"))
			.hasValueSatisfying(to -> assertThat(to).endsWith("/login?throttled"));
		assertThat(browser.get("/login?throttled").body()).contains("Troppi accessi non riusciti");
	}

	@Test
	void anApiLoginIsBlockedAfterRepeatedFailuresWith429() throws Exception {
		String username = account("throttle-api");
		for (int attempt = 0; attempt < 5; attempt++) {
			assertThat(basicGet(username, "not-the-password").statusCode()).isEqualTo(401);
		}

		HttpResponse<String> blocked = basicGet(username, password);

		assertThat(blocked.statusCode()).isEqualTo(429);
		assertThat(blocked.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(blocked.body()).contains(
				"Too many failed logins for this user or from this address. Try again in 15 minutes.");
	}

	@Test
	void aSuccessfulLoginClearsTheFailuresOfTheAccount() throws Exception {
		String username = account("throttle-reset");
		for (int attempt = 0; attempt < 4; attempt++) {
			assertThat(basicGet(username, "not-the-password").statusCode()).isEqualTo(401);
		}
		assertThat(basicGet(username, password).statusCode()).isEqualTo(200);

		for (int attempt = 0; attempt < 4; attempt++) {
			assertThat(basicGet(username, "not-the-password").statusCode()).isEqualTo(401);
		}

		assertThat(basicGet(username, password).statusCode()).isEqualTo(200);
	}

	/** One API call with HTTP Basic and no session, as a client that keeps no cookies. */
	private HttpResponse<String> basicGet(String username, String secret) throws Exception {
		String credentials = java.util.Base64.getEncoder()
			.encodeToString((username + ":" + secret).getBytes(StandardCharsets.UTF_8));
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/desks"))
			.header("Authorization", "Basic " + credentials).header("Accept-Language", "en").GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private String account(String prefix) {
		String username = prefix + "-" + System.nanoTime() % 1_000_000;
		staff.create(username, username, password, EnumSet.of(StaffRole.RECEPTION));
		return username;
	}

	private static String scriptSource(String csp) {
		for (String directive : csp.split(";")) {
			if (directive.trim().startsWith("script-src")) {
				return directive;
			}
		}
		return "";
	}

	private Browser browser() {
		return new Browser(port);
	}
}
