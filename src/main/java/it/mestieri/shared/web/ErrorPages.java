package it.mestieri.shared.web;

import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors that no controller handled (an unknown address, a wrong method or content type,
 * a failure outside any controller): an error page for browsers, a problem response in
 * the request's language for everyone else. Never a stack trace.
 */
@Controller
@RequestMapping("/error")
class ErrorPages implements ErrorController {

	private final ErrorAttributes errors;

	private final MessageSource messages;

	ErrorPages(ErrorAttributes errors, MessageSource messages) {
		this.errors = errors;
		this.messages = messages;
	}

	@RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
	ModelAndView page(HttpServletRequest request) {
		HttpStatus status = status(request);
		ModelAndView page = new ModelAndView("error", status);
		page.addObject("status", status.value());
		page.addObject("message", status.is4xxClientError() ? detail(request, status) : null);
		return page;
	}

	@RequestMapping
	ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
		HttpStatus status = status(request);
		ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail(request, status));
		Locale locale = LocaleContextHolder.getLocale();
		body.setTitle(messages.getMessage("problem.title." + status.value(), null, status.getReasonPhrase(), locale));
		Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (path != null) {
			body.setInstance(java.net.URI.create(path.toString().replace(" ", "%20")));
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
	}

	private String detail(HttpServletRequest request, HttpStatus status) {
		Locale locale = LocaleContextHolder.getLocale();
		Throwable error = errors.getError(new ServletWebRequest(request));
		if (error instanceof ErrorResponse response) {
			return messages.getMessage(response.getDetailMessageCode(),
					response.getDetailMessageArguments(messages, locale), generic(status, locale), locale);
		}
		return generic(status, locale);
	}

	private String generic(HttpStatus status, Locale locale) {
		return messages.getMessage("problem.status." + status.value(), null,
				messages.getMessage("problem.status.other", null, locale), locale);
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
		return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
	}

}
