package it.mestieri.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser without JavaScript: cookies kept, redirects not followed. */
public final class Browser {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final int port;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient client;

	public Browser(int port) {
		this.port = port;
		this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	public HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Accept-Language", "it")
			.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return client.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	public HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
		return post(path, form.entrySet().stream().map(field -> Map.entry(field.getKey(), field.getValue())).toList());
	}

	private HttpResponse<String> post(String path, java.util.List<Map.Entry<String, String>> form)
			throws IOException, InterruptedException {
		String body = form.stream()
			.map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return client.send(HttpRequest.newBuilder(uri(path))
			.header("Accept-Language", "it")
			.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Posts the form as a page does: with the CSRF token of the page it comes from. */
	public HttpResponse<String> postWithToken(String page, String path, Map<String, String> form)
			throws IOException, InterruptedException {
		Matcher token = CSRF.matcher(get(page).body());
		assertThat(token.find()).as("a CSRF token on " + page).isTrue();
		Map<String, String> withToken = new java.util.LinkedHashMap<>(form);
		withToken.put("_csrf", token.group(1));
		return post(path, withToken);
	}

	/**
	 * As {@link #postWithToken(String, String, Map)}, with fields given as name, value…
	 * where a name may repeat.
	 */
	public HttpResponse<String> postWithToken(String page, String path, String... fields)
			throws IOException, InterruptedException {
		Matcher token = CSRF.matcher(get(page).body());
		assertThat(token.find()).as("a CSRF token on " + page).isTrue();
		java.util.List<Map.Entry<String, String>> form = new java.util.ArrayList<>();
		for (int i = 0; i + 1 < fields.length; i += 2) {
			form.add(Map.entry(fields[i], fields[i + 1]));
		}
		form.add(Map.entry("_csrf", token.group(1)));
		return post(path, form);
	}

	/**
	 * Uploads a file as the upload forms do: multipart, with the CSRF token of the page
	 * in the address (so that it is read even when the body is refused for its size).
	 */
	public HttpResponse<String> postFileWithToken(String page, String path, String field, String fileName,
			String contentType, byte[] content) throws IOException, InterruptedException {
		Matcher token = CSRF.matcher(get(page).body());
		assertThat(token.find()).as("a CSRF token on " + page).isTrue();
		String boundary = "----browser" + System.nanoTime();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
				+ fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return client.send(HttpRequest.newBuilder(uri(path + "?_csrf=" + encode(token.group(1))))
			.header("Accept-Language", "it")
			.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * A JSON POST from this browser, with its cookies and the given headers (name,
	 * value…).
	 */
	public HttpResponse<String> postJson(String path, String json, String... headers)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Accept-Language", "it")
			.header("Content-Type", "application/json");
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return client.send(request.POST(HttpRequest.BodyPublishers.ofString(json)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	public HttpResponse<String> logIn(String username, String password) throws IOException, InterruptedException {
		return postWithToken("/login", "/login", Map.of("username", username, "password", password));
	}

	public String cookie(String name) {
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(cookie -> cookie.getName().equals(name))
			.map(java.net.HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
