package it.mestieri.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import it.mestieri.testing.ApiTestBase;
import it.mestieri.testing.Browser;
import it.mestieri.testing.SecurityEvents;

/**
 * The web's own defences: security headers on every response, a new session at login, a
 * Secure cookie behind HTTPS, CSRF on page forms and on every request made with a
 * session, Basic API calls without a session or a hash each, the client address a trusted
 * proxy saw, logins throttled per account and address and slowed per account, and
 * security events in the log without passwords.
 */
class WebSecurityTest extends ApiTestBase {

	static final String REAL = "203.0.113.9";

	@Autowired
	StaffDirectory staff;

	@Autowired
	ThrottledAuthentication credentials;

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
	void theApiDocumentationIsLinkedForStaffOnlyNotFromThePublicPages() throws Exception {
		Browser visitor = browser();
		for (String path : List.of("/", "/search", "/login")) {
			assertThat(visitor.get(path).body()).as(path).contains("<footer").doesNotContain("swagger-ui");
		}
		Browser coordinator = browser();
		coordinator.logIn("coordinator", password);
		assertThat(coordinator.get("/").body()).contains("/swagger-ui.html");
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
		assertThat(blocked.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(blocked.body())
			.contains("Too many failed logins for this user or from this address. Try again in 15 minutes.");
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

	@Test
	void failuresBlockTheAddressTheyCameFromNotTheOwnerAtAnotherDesk() throws Exception {
		String username = account("throttle-pair");
		for (int attempt = 0; attempt < 5; attempt++) {
			assertThat(basicGet(username, "not-the-password", "198.51.100.20").statusCode()).isEqualTo(401);
		}

		assertThat(basicGet(username, password, "198.51.100.20").statusCode()).isEqualTo(429);
		assertThat(basicGet(username, password, "192.0.2.20").statusCode()).as("the owner elsewhere").isEqualTo(200);
	}

	@Test
	void theClientAddressIsTheOneTheTrustedProxySawNotTheOneTheClientWrote() throws Exception {
		String username = account("forged-address");
		for (int attempt = 0; attempt < 5; attempt++) {
			// nginx appends the address it saw to whatever the client sent: "forged,
			// real"
			assertThat(basicGet(username, "not-the-password", "198.51.100." + attempt + ", " + REAL).statusCode())
				.isEqualTo(401);
		}

		assertThat(basicGet(username, password, "198.51.100.99, " + REAL).statusCode()).isEqualTo(429);
		assertThat(basicGet(username, password, "192.0.2.21").statusCode()).isEqualTo(200);
	}

	@Test
	void guessesFromManyAddressesSlowTheAccountDownWithoutLockingItsOwnerOut() throws Exception {
		String username = account("throttle-slow");
		assertThat(basicGet(username, password, "192.0.2.22").statusCode()).isEqualTo(200);
		for (int attempt = 0; attempt < 10; attempt++) {
			assertThat(basicGet(username, "not-the-password", "198.51.100." + (100 + attempt)).statusCode())
				.isEqualTo(401);
		}

		HttpResponse<String> slowed = basicGet(username, password, "198.51.100.150");

		assertThat(slowed.statusCode()).isEqualTo(429);
		assertThat(slowed.body()).contains("try again in", "seconds");
		assertThat(slowed.headers().firstValue("Retry-After")).isPresent();
		assertThat(basicGet(username, password, "192.0.2.22").statusCode()).as("from where the owner logged in")
			.isEqualTo(200);
	}

	@Test
	void aRequestMadeWithABrowserSessionNeedsTheCsrfTokenWhateverHeadersItCarries() throws Exception {
		Browser reception = browser();
		reception.logIn("reception", password);
		String checkIn = "{\"area\":\"LAVORO\"}";

		HttpResponse<String> bearer = reception.postJson("/api/v1/visits", checkIn, "Authorization", "Bearer anything");
		HttpResponse<String> basic = reception.postJson("/api/v1/visits", checkIn, "Authorization", "Basic "
				+ java.util.Base64.getEncoder().encodeToString("reception:wrong".getBytes(StandardCharsets.UTF_8)));

		assertThat(bearer.statusCode()).isEqualTo(403);
		assertThat(basic.statusCode()).isEqualTo(403);
		assertThat(database.count("select count(*) from reception_visit")).isZero();
	}

	@Test
	void anApiClientSendingBasicCredentialsOnEveryCallGetsNoSessionAndNoHashPerCall() throws Exception {
		String username = account("basic-client");
		long checksBefore = credentials.passwordChecks();

		for (int call = 0; call < 10; call++) {
			HttpResponse<String> read = basicGet(username, password, null);
			assertThat(read.statusCode()).isEqualTo(200);
			assertThat(read.headers().allValues("Set-Cookie")).as("no session").isEmpty();
		}
		HttpResponse<String> write = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/visits"))
				.header("Authorization", basic("reception", password))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"area\":\"LAVORO\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(credentials.passwordChecks() - checksBefore).as("password hashes checked").isLessThanOrEqualTo(2);
		assertThat(write.statusCode()).as(write.body()).isEqualTo(201);
		assertThat(write.headers().allValues("Set-Cookie")).isEmpty();
	}

	@Test
	void aBrowsersOwnCallIsNotAnsweredWithABasicChallenge() throws Exception {
		HttpResponse<String> fromPage = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/desks"))
				.header("Sec-Fetch-Mode", "cors")
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> fromScript = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/desks")).GET().build(),
					HttpResponse.BodyHandlers.ofString());

		assertThat(fromPage.statusCode()).isEqualTo(401);
		assertThat(fromPage.headers().firstValue("WWW-Authenticate")).isEmpty();
		assertThat(fromScript.statusCode()).isEqualTo(401);
		assertThat(fromScript.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"Mestieri\"");
	}

	@Test
	void theSessionCookieIsSecureBehindHttps() throws Exception {
		HttpResponse<String> https = browser().get("/login", "X-Forwarded-Proto", "https");
		HttpResponse<String> http = browser().get("/login");

		assertThat(https.headers().allValues("Set-Cookie"))
			.anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID=").containsIgnoringCase("; Secure"));
		assertThat(http.headers().allValues("Set-Cookie"))
			.anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID=").doesNotContainIgnoringCase("Secure"));
	}

	@Test
	void securityEventsAreLoggedInOneFormWithoutPasswords() throws Exception {
		try (SecurityEvents events = SecurityEvents.capture()) {
			String username = account("logged");
			basicGet(username, "secret-typed-wrong", "192.0.2.30");
			basicGet("my-secret-password-as-name", "x", "192.0.2.30");
			basicGet("adm\u0131n", "x", "192.0.2.30");
			long id = staff.findByUsername(username).orElseThrow().id().value();
			Browser admin = browser();
			admin.logIn("admin", password);
			admin.postWithToken("/admin/staff", "/admin/staff/" + id, Map.of("roles", "RECEPTION"));

			List<String> lines = events.lines();
			assertThat(lines)
				.contains("security event=login.failed user=" + username + " address=192.0.2.30 reason=password");
			assertThat(lines).contains("security event=login.failed user=- address=192.0.2.30 reason=unknown-user");
			assertThat(lines).contains("security event=login.failed user=- address=192.0.2.30 reason=not-a-user-name");
			assertThat(lines).contains("security event=account.disabled user=" + username + " by=admin");
			assertThat(String.join("\n", lines)).doesNotContain("secret-typed-wrong", "my-secret-password-as-name",
					password);
		}
	}

	/**
	 * One API call with HTTP Basic and no session, as a client that keeps no cookies;
	 * from that address behind the proxy.
	 */
	private HttpResponse<String> basicGet(String username, String secret, String forwardedFor) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/desks"))
			.header("Authorization", basic(username, secret))
			.header("Accept-Language", "en");
		if (forwardedFor != null) {
			request.header("X-Forwarded-For", forwardedFor);
		}
		return HttpClient.newHttpClient().send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> basicGet(String username, String secret) throws Exception {
		return basicGet(username, secret, null);
	}

	private static String basic(String username, String secret) {
		return "Basic " + java.util.Base64.getEncoder()
			.encodeToString((username + ":" + secret).getBytes(StandardCharsets.UTF_8));
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
