package it.mestieri.shared.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;

import it.mestieri.shared.ProblemResponses;
import it.mestieri.shared.UploadEndpoint;

/**
 * An upload larger than its address takes (or than the servlet's multipart limit) is
 * refused before any controller runs: this says why, with the address's own message and
 * limit, as a problem for the API and as an error page for the pages (413 both).
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadTooLarge {

	private final MessageSource messages;

	private final UploadGate gate;

	private final DataSize servletLimit;

	UploadTooLarge(MessageSource messages, UploadGate gate,
			@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize servletLimit) {
		this.messages = messages;
		this.gate = gate;
		this.servletLimit = servletLimit;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ModelAndView tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request) {
		UploadEndpoint endpoint = gate.endpoint(request)
			.orElseGet(() -> UploadEndpoint.of(servletLimit, "problem.uploadTooLarge"));
		String detail = messages.getMessage(endpoint.tooLargeKey(), new Object[] { endpoint.limitText() },
				LocaleContextHolder.getLocale());
		String title = messages.getMessage("problem.title.413", null, LocaleContextHolder.getLocale());
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			View json = (model, req, response) -> ProblemResponses.write(req, response, HttpStatus.PAYLOAD_TOO_LARGE,
					title, detail);
			return new ModelAndView(json);
		}
		ModelAndView page = new ModelAndView("error", HttpStatus.PAYLOAD_TOO_LARGE);
		page.addObject("status", HttpStatus.PAYLOAD_TOO_LARGE.value());
		page.addObject("message", detail);
		return page;
	}

}
