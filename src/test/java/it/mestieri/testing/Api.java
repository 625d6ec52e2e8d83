package it.mestieri.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The application's HTTP API as a client sees it: {@code api.as("reception").post(...)}.
 * Each user has a client of their own that sends Basic credentials on every call, as a
 * partner system would; the server makes no session for it and recognises a verified
 * password without hashing it again. The client keeps cookies all the same, to show that
 * none is needed.
 */
public final class Api {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private final String base;

	private final String password;

	private final Map<String, HttpClient> clients = new ConcurrentHashMap<>();

	private final Map<String, CookieManager> cookies = new ConcurrentHashMap<>();

	public Api(int port, String password) {
		this.base = "http://127.0.0.1:" + port;
		this.password = password;
	}

	/** Requests without credentials. */
	public Caller anonymous() {
		return new Caller(client(""), null, Map.of());
	}

	/** Requests of a staff member, with the test password. */
	public Caller as(String username) {
		return as(username, password);
	}

	public Caller as(String username, String password) {
		return new Caller(client(username + ":" + password), basic(username, password), Map.of());
	}

	private HttpClient client(String key) {
		return clients.computeIfAbsent(key,
				k -> HttpClient.newBuilder()
					.version(HttpClient.Version.HTTP_1_1)
					.cookieHandler(cookies.computeIfAbsent(k, c -> new CookieManager()))
					.connectTimeout(TIMEOUT)
					.build());
	}

	/**
	 * Every client forgets its cookies (a language chosen on a page, a session): each
	 * test starts as a new caller, whatever the tests before it did with the same client.
	 */
	public void forgetCookies() {
		cookies.values().forEach(manager -> manager.getCookieStore().removeAll());
	}

	private static String basic(String username, String password) {
		return "Basic "
				+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	/** Who calls, and with which extra headers. */
	public final class Caller {

		private final HttpClient client;

		private final String authorization;

		private final Map<String, String> headers;

		private Caller(HttpClient client, String authorization, Map<String, String> headers) {
			this.client = client;
			this.authorization = authorization;
			this.headers = headers;
		}

		/** The same client with its cookies, but no Authorization header. */
		public Caller withSessionOnly() {
			return new Caller(client, null, headers);
		}

		public Caller header(String name, String value) {
			Map<String, String> more = new LinkedHashMap<>(headers);
			more.put(name, value);
			return new Caller(client, authorization, more);
		}

		/** Asks for answers in English. */
		public Caller inEnglish() {
			return header("Accept-Language", "en");
		}

		public ApiResponse get(String path) {
			return send(request(path).GET());
		}

		public ApiResponse post(String path) {
			return send(request(path).POST(BodyPublishers.noBody()));
		}

		/** A POST without body, sent without waiting for the answer. */
		public CompletableFuture<ApiResponse> postAsync(String path) {
			return client
				.sendAsync(request(path).POST(BodyPublishers.noBody()).build(),
						BodyHandlers.ofString(StandardCharsets.UTF_8))
				.thenApply(response -> new ApiResponse(response.statusCode(), response.headers(), response.body()));
		}

		/** POST of a JSON body. */
		public ApiResponse post(String path, String json) {
			return post(path, "application/json", json);
		}

		/** PUT of a JSON body. */
		public ApiResponse put(String path, String json) {
			return send(request(path).header("Content-Type", "application/json")
				.PUT(BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
		}

		public ApiResponse post(String path, String contentType, String body) {
			return send(request(path).header("Content-Type", contentType)
				.POST(BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
		}

		public ApiResponse delete(String path) {
			return send(request(path).DELETE());
		}

		/** POST of a multipart form with one file part, as a browser uploads a file. */
		public ApiResponse postFile(String path, String field, String fileName, String contentType, byte[] content) {
			String boundary = "----mestieri" + System.nanoTime();
			java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
			String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
					+ fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n";
			body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
			body.writeBytes(content);
			body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
			return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(BodyPublishers.ofByteArray(body.toByteArray())));
		}

		/**
		 * POST of a multipart form with several files and text fields, as a browser
		 * uploads them.
		 */
		public ApiResponse postFiles(String path, java.util.List<FilePart> files, Map<String, String> fields) {
			String boundary = "----mestieri" + System.nanoTime();
			java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
			fields.forEach(
					(name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
							+ name + "\"\r\n\r\n" + value + "\r\n")
						.getBytes(StandardCharsets.UTF_8)));
			for (FilePart file : files) {
				body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.field()
						+ "\"; filename=\"" + file.fileName() + "\"\r\nContent-Type: " + file.contentType()
						+ "\r\n\r\n")
					.getBytes(StandardCharsets.UTF_8));
				body.writeBytes(file.content());
				body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
			}
			body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
			return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(BodyPublishers.ofByteArray(body.toByteArray())));
		}

		/** A GET whose answer is kept as bytes (a download). */
		public HttpResponse<byte[]> getBytes(String path) {
			try {
				return client.send(request(path).GET().build(), BodyHandlers.ofByteArray());
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

		/** Opens a stream of server-sent events; close the stream to hang up. */
		public Stream<String> eventStream(String path) {
			HttpRequest request = request(path).header("Accept", "text/event-stream")
				.timeout(Duration.ofMinutes(5))
				.GET()
				.build();
			try {
				HttpResponse<Stream<String>> response = client.send(request, BodyHandlers.ofLines());
				if (response.statusCode() != 200) {
					throw new IllegalStateException("Event stream " + path + " answered " + response.statusCode());
				}
				return response.body();
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

		private HttpRequest.Builder request(String path) {
			HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT);
			if (authorization != null) {
				builder.header("Authorization", authorization);
			}
			headers.forEach(builder::header);
			return builder;
		}

		private ApiResponse send(HttpRequest.Builder request) {
			try {
				HttpResponse<String> response = client.send(request.build(),
						BodyHandlers.ofString(StandardCharsets.UTF_8));
				return new ApiResponse(response.statusCode(), response.headers(), response.body());
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

	}

	/** One file of a multipart upload. */
	public record FilePart(String field, String fileName, String contentType, byte[] content) {
	}

}
