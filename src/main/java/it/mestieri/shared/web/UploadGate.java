package it.mestieri.shared.web;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

import it.mestieri.shared.ProblemResponses;
import it.mestieri.shared.UploadEndpoint;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Keeps multipart bodies unread until someone allowed to upload asks. Runs before
 * security:
 * <ul>
 * <li>a multipart body to an address that takes no upload is refused (415) unread;</li>
 * <li>one declared larger than its address takes goes on unread, its parts reporting the
 * size exceeded, so that the feature's own message answers (and security first, as for
 * any request);</li>
 * <li>any other goes on with only the parameters of its address (the upload forms carry
 * their CSRF token there) until security has let it through ({@link Opened}); then the
 * body is parsed.</li>
 * </ul>
 * An anonymous or unauthorised upload is thus refused before a byte of its body is read.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class UploadGate extends OncePerRequestFilter {

	/**
	 * The form fields that come with the file (version, CSRF token) on top of its limit.
	 */
	static final long FORM_FIELDS = 64 * 1024;

	static final String OPEN = UploadGate.class.getName() + ".open";

	private final List<Endpoint> endpoints;

	private final MessageSource messages;

	private final LocaleResolver locales;

	UploadGate(List<UploadEndpoint> endpoints, MessageSource messages, LocaleResolver locales) {
		this.endpoints = endpoints.stream()
			.flatMap(endpoint -> endpoint.patterns()
				.stream()
				.map(pattern -> new Endpoint(PathPatternParser.defaultInstance.parse(pattern), endpoint)))
			.toList();
		this.messages = messages;
		this.locales = locales;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String type = request.getContentType();
		if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
			chain.doFilter(request, response);
			return;
		}
		Optional<UploadEndpoint> endpoint = endpoint(request);
		if (endpoint.isEmpty()) {
			Locale locale = locales.resolveLocale(request);
			response.setHeader("Connection", "close");
			ProblemResponses.write(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE,
					messages.getMessage("problem.title.415", null, locale),
					messages.getMessage("problem.multipartNotHere", null, locale));
			return;
		}
		if (request.getContentLengthLong() > endpoint.get().limit().toBytes() + FORM_FIELDS) {
			chain.doFilter(new Unread(request, true), response);
			return;
		}
		chain.doFilter(new Unread(request, false), response);
	}

	/** The upload address the request is for, if any. */
	Optional<UploadEndpoint> endpoint(HttpServletRequest request) {
		PathContainer path = PathContainer
			.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
		return endpoints.stream()
			.filter(endpoint -> endpoint.pattern().matches(path))
			.map(Endpoint::endpoint)
			.findFirst();
	}

	private record Endpoint(PathPattern pattern, UploadEndpoint endpoint) {
	}

	/**
	 * Right after Spring Security's filters (order -100): a request that got here was let
	 * through.
	 */
	@Component
	@Order(-99)
	static class Opened extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			request.setAttribute(OPEN, Boolean.TRUE);
			chain.doFilter(request, response);
		}

	}

	/**
	 * A multipart request whose body is not read: parameters come from the address only,
	 * until the request is let through; then from the body too, unless it is over its
	 * limit, when its parts report the size exceeded as Spring's multipart support
	 * expects.
	 */
	private static final class Unread extends HttpServletRequestWrapper {

		private final boolean tooLarge;

		private final Map<String, String[]> query;

		Unread(HttpServletRequest request, boolean tooLarge) {
			super(request);
			this.tooLarge = tooLarge;
			this.query = Collections.unmodifiableMap(query(request.getQueryString()));
		}

		private boolean bodyReadable() {
			return !tooLarge && getAttribute(OPEN) != null;
		}

		@Override
		public String getParameter(String name) {
			if (bodyReadable()) {
				return super.getParameter(name);
			}
			String[] values = query.get(name);
			return values == null ? null : values[0];
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return bodyReadable() ? super.getParameterMap() : query;
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return bodyReadable() ? super.getParameterNames() : Collections.enumeration(query.keySet());
		}

		@Override
		public String[] getParameterValues(String name) {
			if (bodyReadable()) {
				return super.getParameterValues(name);
			}
			String[] values = query.get(name);
			return values == null ? null : values.clone();
		}

		@Override
		public Collection<Part> getParts() throws IOException, ServletException {
			if (tooLarge) {
				throw new IllegalStateException("The upload exceeds its maximum permitted size");
			}
			if (getAttribute(OPEN) == null) {
				throw new IllegalStateException("The upload is read only once the request is let through");
			}
			return super.getParts();
		}

		@Override
		public Part getPart(String name) throws IOException, ServletException {
			return getParts().stream().filter(part -> part.getName().equals(name)).findFirst().orElse(null);
		}

		private static Map<String, String[]> query(String query) {
			Map<String, String[]> values = new LinkedHashMap<>();
			if (query == null || query.isEmpty()) {
				return values;
			}
			for (String pair : query.split("&")) {
				int equals = pair.indexOf('=');
				String name = decode(equals < 0 ? pair : pair.substring(0, equals));
				String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
				values.merge(name, new String[] { value }, (before, more) -> {
					String[] all = java.util.Arrays.copyOf(before, before.length + 1);
					all[before.length] = more[0];
					return all;
				});
			}
			return values;
		}

		private static String decode(String text) {
			try {
				return URLDecoder.decode(text, StandardCharsets.UTF_8);
			}
			catch (IllegalArgumentException ex) {
				return text;
			}
		}

	}

}
