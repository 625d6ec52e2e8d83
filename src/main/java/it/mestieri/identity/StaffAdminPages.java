package it.mestieri.identity;

import java.util.EnumSet;
import java.util.Set;

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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import it.mestieri.shared.PageProblem;

/**
 * The administrator's page for staff accounts: create them, change roles, disable, reset
 * passwords.
 */
@Controller
class StaffAdminPages {

	private final StaffDirectory staff;

	StaffAdminPages(StaffDirectory staff) {
		this.staff = staff;
	}

	@GetMapping("/admin/staff")
	String list(Model model) {
		model.addAttribute("form", new NewStaffForm("", "", "", Set.of()));
		return page(model);
	}

	@PostMapping("/admin/staff")
	String create(@Valid @ModelAttribute("form") NewStaffForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(model);
		}
		return PageProblem.attempt(() -> {
			StaffMember created = staff.create(form.username(), form.displayName(), form.password(),
					form.roles() == null ? Set.of() : form.roles());
			redirect.addFlashAttribute("created", created.username());
			return "redirect:/admin/staff";
		}, errors, response, () -> page(model));
	}

	@PostMapping("/admin/staff/{id}")
	String update(@PathVariable long id, @RequestParam(required = false) Set<StaffRole> roles,
			@RequestParam(defaultValue = "false") boolean enabled, @RequestParam(required = false) String newPassword,
			RedirectAttributes redirect) {
		staff.update(new StaffId(id), roles == null ? EnumSet.noneOf(StaffRole.class) : EnumSet.copyOf(roles), enabled,
				newPassword);
		redirect.addFlashAttribute("updated", id);
		return "redirect:/admin/staff";
	}

	private String page(Model model) {
		model.addAttribute("accounts", staff.all());
		model.addAttribute("roles", StaffRole.values());
		return "identity/staff-admin";
	}

	record NewStaffForm(@NotBlank @Size(max = 60) String username, @Size(max = 120) String displayName,
			@NotBlank @Size(max = 200) String password, Set<StaffRole> roles) {
	}

}
