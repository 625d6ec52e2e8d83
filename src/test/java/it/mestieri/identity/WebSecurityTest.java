package it.mestieri.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import it.mestieri.testing.ApiTestBase;

/**
 * The web's own defences: security headers on every response, a new session at login, CSRF on
 * page forms, and logins throttled after repeated failures, per account and per address.
 */
class WebSecurityTest extends ApiTestBase {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

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

	/** A browser without JavaScript: cookies kept, redirects not followed. */
	static final class Browser {

		private final int port;
		private final CookieManager cookies = new CookieManager();
		private final HttpClient client;

		Browser(int port) {
			this.port = port;
			this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
				.build();
		}

		HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
			HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept-Language", "it");
			for (int i = 0; i + 1 < headers.length; i += 2) {
				request.header(headers[i], headers[i + 1]);
			}
			return client.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
			String body = form.entrySet().stream()
				.map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
				.collect(Collectors.joining("&"));
			return client.send(HttpRequest.newBuilder(uri(path)).header("Accept-Language", "it")
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
		}

		/** Posts the form as a page does: with the CSRF token of the page it comes from. */
		HttpResponse<String> postWithToken(String page, String path, Map<String, String> form)
				throws IOException, InterruptedException {
			Matcher token = CSRF.matcher(get(page).body());
			assertThat(token.find()).as("a CSRF token on " + page).isTrue();
			Map<String, String> withToken = new java.util.LinkedHashMap<>(form);
			withToken.put("_csrf", token.group(1));
			return post(path, withToken);
		}

		HttpResponse<String> logIn(String username, String password) throws IOException, InterruptedException {
			return postWithToken("/login", "/login", Map.of("username", username, "password", password));
		}

		String cookie(String name) {
			return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals(name))
				.map(java.net.HttpCookie::getValue).findFirst().orElse(null);
		}

		private URI uri(String path) {
			return URI.create("http://localhost:" + port + path);
		}

		private static String encode(String value) {
			return URLEncoder.encode(value, StandardCharsets.UTF_8);
		}
	}
}
