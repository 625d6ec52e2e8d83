package it.mestieri.partners;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets an upload over the multipart limits reach {@link DocumentSizeAdvice}, which says why it
 * was refused. Tomcat refuses such a body on the first read of any request parameter, which the
 * CSRF check does before any controller: the error would escape every handler and end on the
 * server's bare error page. So the body is read here first; when it is too large, the request
 * goes on with the parameters of its address only (the upload forms carry their CSRF token
 * there) and parts that report the size exceeded, as Spring's multipart support expects.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class UploadLimitFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String type = request.getContentType();
		if (type != null && type.toLowerCase().startsWith("multipart/")) {
			try {
				request.getParts();
			}
			catch (IOException | ServletException | IllegalStateException ex) {
				if (tooLarge(ex)) {
					chain.doFilter(new RefusedUpload(request, ex), response);
					return;
				}
			}
		}
		chain.doFilter(request, response);
	}

	private static boolean tooLarge(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			String message = cause.getMessage();
			if (cause.getClass().getSimpleName().contains("SizeLimitExceeded")
					|| (message != null && message.contains("exceed") && message.contains("size"))) {
				return true;
			}
		}
		return false;
	}

	/** The request of a refused upload: parameters from the address only, no parts. */
	private static final class RefusedUpload extends HttpServletRequestWrapper {

		private final Map<String, String[]> parameters;
		private final Throwable cause;

		RefusedUpload(HttpServletRequest request, Throwable cause) {
			super(request);
			this.cause = cause;
			this.parameters = Collections.unmodifiableMap(query(request.getQueryString()));
		}

		@Override
		public String getParameter(String name) {
			String[] values = parameters.get(name);
			return values == null ? null : values[0];
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return parameters;
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(parameters.keySet());
		}

		@Override
		public String[] getParameterValues(String name) {
			String[] values = parameters.get(name);
			return values == null ? null : values.clone();
		}

		@Override
		public Collection<Part> getParts() {
			throw new IllegalStateException("The upload exceeds its maximum permitted size", cause);
		}

		@Override
		public Part getPart(String name) {
			return getParts().stream().findFirst().orElse(null);
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
				String[] before = values.get(name);
				if (before == null) {
					values.put(name, new String[] { value });
				}
				else {
					String[] more = java.util.Arrays.copyOf(before, before.length + 1);
					more[before.length] = value;
					values.put(name, more);
				}
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
