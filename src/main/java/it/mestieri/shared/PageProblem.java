package it.mestieri.shared;

import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A refusal shown on the page that asked for the change, rather than on the error page:
 * the status the API would give, and the reason the page's alert reads from
 * {@code problem} and {@code problemArguments}.
 */
public final class PageProblem {

	private PageProblem() {
	}

	/**
	 * Makes the change a page's form asked for and answers where it leads. When a rule
	 * refuses it (a 4xx), the page is shown again by {@code again}, with the reason and
	 * the status the API would give, and the person keeps what they typed; {@code again}
	 * gets the refusal for what else the page shows of it. A 404 goes to the error page
	 * instead: what the form is about is not there.
	 */
	public static String attempt(Supplier<String> change, Model model, HttpServletResponse response,
			Function<DomainException, String> again) {
		try {
			return change.get();
		}
		catch (DomainException refusal) {
			if (!forThePage(refusal)) {
				throw refusal;
			}
			show(refusal, model, response);
			return again.apply(refusal);
		}
	}

	/** The same for a form bound to an object: the reason is one of the form's errors. */
	public static String attempt(Supplier<String> change, BindingResult form, HttpServletResponse response,
			Supplier<String> again) {
		try {
			return change.get();
		}
		catch (DomainException refusal) {
			if (!forThePage(refusal)) {
				throw refusal;
			}
			form.reject(refusal.messageKey(), refusal.arguments(), refusal.messageKey());
			response.setStatus(refusal.status().value());
			return again.get();
		}
	}

	private static boolean forThePage(DomainException refusal) {
		return refusal.status().is4xxClientError() && refusal.status() != HttpStatus.NOT_FOUND;
	}

	public static void show(DomainException refusal, Model model, HttpServletResponse response) {
		response.setStatus(refusal.status().value());
		model.addAttribute("problem", refusal.messageKey());
		model.addAttribute("problemArguments", refusal.arguments());
	}

}
