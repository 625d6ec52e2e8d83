package it.mestieri.identity;

import java.util.EnumSet;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import it.mestieri.shared.DomainException;
import it.mestieri.shared.PageProblem;
import it.mestieri.shared.SecurityLog;

@Controller
class LoginController {

	private final FirstAdministrator firstAdministrator;

	private final StaffDirectory staff;

	LoginController(FirstAdministrator firstAdministrator, StaffDirectory staff) {
		this.firstAdministrator = firstAdministrator;
		this.staff = staff;
	}

	@GetMapping("/login")
	String login(Model model) {
		model.addAttribute("setupPending", firstAdministrator.setupCode().isPresent());
		return "identity/login";
	}

	@GetMapping("/staff")
	String staffHome(Model model) {
		model.addAttribute("me", staff.requireCurrent());
		return "identity/staff";
	}

	@GetMapping("/setup")
	String setup(Model model) {
		requireSetupPending();
		model.addAttribute("form", new SetupForm("", "", "", ""));
		return "identity/setup";
	}

	@PostMapping("/setup")
	String createAdministrator(@Valid @ModelAttribute("form") SetupForm form, BindingResult errors,
			HttpServletRequest request, HttpServletResponse response) {
		String code = requireSetupPending();
		if (!errors.hasErrors() && !code.equals(form.setupCode().trim())) {
			SecurityLog.event("setup.wrongCode", "address", request.getRemoteAddr());
			errors.rejectValue("setupCode", "identity.setup.wrongCode");
		}
		if (!errors.hasErrors() && !form.password().equals(form.repeatPassword())) {
			errors.rejectValue("repeatPassword", "identity.password.mismatch");
		}
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return "identity/setup";
		}
		return PageProblem.attempt(() -> {
			staff.create(form.username(), form.username(), form.password(), EnumSet.of(StaffRole.ADMIN));
			SecurityLog.event("setup.used", "user", StaffDirectory.normalized(form.username()), "address",
					request.getRemoteAddr());
			return "redirect:/login?setupDone";
		}, errors, response, () -> "identity/setup");
	}

	private String requireSetupPending() {
		return firstAdministrator.setupCode().orElseThrow(() -> DomainException.notFound("identity.setup.done"));
	}

	record SetupForm(@NotBlank @Size(max = 100) String setupCode, @NotBlank @Size(max = 60) String username,
			@NotBlank @Size(max = 200) String password, @NotBlank @Size(max = 200) String repeatPassword) {
	}

}
