package it.mestieri.shared;

import org.springframework.ui.Model;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A refusal shown on the page that asked for the change, rather than on the error page:
 * the status the API would give, and the reason the page's alert reads from
 * {@code problem} and {@code problemArguments}.
 */
public final class PageProblem {

	private PageProblem() {
	}

	public static void show(DomainException refusal, Model model, HttpServletResponse response) {
		show(refusal.status().value(), refusal.messageKey(), refusal.arguments(), model, response);
	}

	public static void show(int status, String messageKey, Object[] arguments, Model model,
			HttpServletResponse response) {
		response.setStatus(status);
		model.addAttribute("problem", messageKey);
		model.addAttribute("problemArguments", arguments);
	}

}
