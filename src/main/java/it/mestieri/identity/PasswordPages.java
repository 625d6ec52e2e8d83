package it.mestieri.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import it.mestieri.shared.PageProblem;

/**
 * A member of staff changes their own password, giving the current one. After an
 * administrator's reset this is the only page they can reach until they have chosen one.
 */
@Controller
class PasswordPages {

	static final String PATH = "/staff/password";

	private final StaffDirectory staff;

	private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

	PasswordPages(StaffDirectory staff) {
		this.staff = staff;
	}

	@GetMapping(PATH)
	String form(Model model) {
		model.addAttribute("form", new PasswordForm("", "", ""));
		return "identity/password";
	}

	@PostMapping(PATH)
	String change(@Valid @ModelAttribute("form") PasswordForm form, BindingResult errors, HttpServletRequest request,
			HttpServletResponse response) {
		if (!errors.hasErrors() && !form.newPassword().equals(form.repeatPassword())) {
			errors.rejectValue("repeatPassword", "identity.password.mismatch");
		}
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return "identity/password";
		}
		return PageProblem.attempt(() -> {
			StaffPrincipal changed = staff.changeOwnPassword(staff.requireCurrent().id(), form.currentPassword(),
					form.newPassword());
			continueSession(changed, request, response);
			return "redirect:/staff?passwordChanged";
		}, errors, response, () -> "identity/password");
	}

	/**
	 * This session goes on with the account's new epoch; every other session of the
	 * person ends.
	 */
	private void continueSession(StaffPrincipal changed, HttpServletRequest request, HttpServletResponse response) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(changed, null, changed.getAuthorities()));
		SecurityContextHolder.setContext(context);
		request.changeSessionId();
		sessions.saveContext(context, request, response);
	}

	record PasswordForm(@NotBlank @Size(max = 200) String currentPassword,
			@NotBlank @Size(max = 200) String newPassword, @NotBlank @Size(max = 200) String repeatPassword) {
	}

}
