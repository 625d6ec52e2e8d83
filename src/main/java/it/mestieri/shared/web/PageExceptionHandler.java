package it.mestieri.shared.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import it.mestieri.shared.DomainException;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A rule that says no on a page shows the error page with the reason and the right
 * status.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

	private final MessageSource messages;

	PageExceptionHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(DomainException.class)
	ModelAndView domain(DomainException ex, HttpServletResponse response) {
		response.setStatus(ex.status().value());
		ModelAndView page = new ModelAndView("error");
		page.setStatus(ex.status());
		page.addObject("status", ex.status().value());
		page.addObject("message",
				messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), LocaleContextHolder.getLocale()));
		return page;
	}

}
