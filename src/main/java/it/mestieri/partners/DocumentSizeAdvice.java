package it.mestieri.partners;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;

import tools.jackson.databind.json.JsonMapper;

/**
 * An upload larger than the servlet's multipart limits is refused before any controller runs: this
 * says why, with the limit, as a problem for the API and as an error page for the pages (413 both).
 * An agreement document is told the documents' own limit ({@code mestieri.partners.max-document-size});
 * any other upload (a classification package) the servlet's.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DocumentSizeAdvice {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final MessageSource messages;
	private final DocumentStore store;
	private final org.springframework.util.unit.DataSize servletLimit;

	DocumentSizeAdvice(MessageSource messages, DocumentStore store,
			@org.springframework.beans.factory.annotation.Value("${spring.servlet.multipart.max-file-size:1MB}")
			org.springframework.util.unit.DataSize servletLimit) {
		this.messages = messages;
		this.store = store;
		this.servletLimit = servletLimit;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ModelAndView tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		boolean document = path.endsWith("/documents");
		String detail = document
				? messages.getMessage("partners.document.tooLarge", new Object[] { store.limitText() },
						LocaleContextHolder.getLocale())
				: messages.getMessage("problem.uploadTooLarge", new Object[] { limitText(servletLimit.toBytes()) },
						LocaleContextHolder.getLocale());
		String title = messages.getMessage("problem.title.413", null, LocaleContextHolder.getLocale());
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			Map<String, Object> problem = new LinkedHashMap<>();
			problem.put("type", "about:blank");
			problem.put("title", title);
			problem.put("status", HttpStatus.PAYLOAD_TOO_LARGE.value());
			problem.put("detail", detail);
			problem.put("instance", request.getRequestURI());
			View json = (model, req, response) -> {
				response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
				response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
				response.setCharacterEncoding("UTF-8");
				JSON.writeValue(response.getWriter(), problem);
			};
			return new ModelAndView(json);
		}
		ModelAndView page = new ModelAndView("error", HttpStatus.PAYLOAD_TOO_LARGE);
		page.addObject("status", HttpStatus.PAYLOAD_TOO_LARGE.value());
		page.addObject("message", detail);
		return page;
	}

	private static String limitText(long bytes) {
		return bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB"
				: Math.max(1, bytes / 1024) + " kB";
	}
}
