package it.mestieri.counselling;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import it.mestieri.centre.AreaId;
import it.mestieri.centre.CentreDirectory;
import it.mestieri.shared.DomainException;
import it.mestieri.shared.PageProblem;

/**
 * The coordinator's list of resources counsellors hand over: add, rename, reorder,
 * deactivate.
 */
@Controller
class HandoutPages {

	private final Handouts resources;

	private final CentreDirectory centre;

	HandoutPages(Handouts resources, CentreDirectory centre) {
		this.resources = resources;
		this.centre = centre;
	}

	@GetMapping("/counselling/resources")
	String list(Model model) {
		model.addAttribute("resources", resources.all());
		model.addAttribute("areas", centre.areas());
		return "counselling/resources";
	}

	@PostMapping("/counselling/resources")
	String add(@RequestParam(required = false) String code, @RequestParam(required = false) String nameIt,
			@RequestParam(required = false) String nameEn, @RequestParam(required = false) String area,
			@RequestParam(required = false) String sortOrder, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return change(model, response, redirect, "counselling.resources.added",
				() -> resources.add(code, nameIt, nameEn, area(area), order(sortOrder, resources.all().size() + 1)));
	}

	@PostMapping("/counselling/resources/{id}")
	String update(@PathVariable long id, @RequestParam(required = false) String version,
			@RequestParam(required = false) String nameIt, @RequestParam(required = false) String nameEn,
			@RequestParam(required = false) String area, @RequestParam(required = false) String sortOrder,
			@RequestParam(required = false) String active, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return change(model, response, redirect, "counselling.resources.saved", () -> {
			Handout existing = resources.require(new HandoutId(id));
			resources.update(existing.id(), version(version), nameIt, nameEn, area(area),
					order(sortOrder, existing.sortOrder()), "true".equals(active));
		});
	}

	@PostMapping("/counselling/resources/{id}/remove")
	String remove(@PathVariable long id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		String[] said = { "counselling.resources.deleted" };
		String page = change(model, response, redirect, null, () -> {
			if (!resources.remove(new HandoutId(id))) {
				said[0] = "counselling.resources.deactivated";
			}
		});
		if (page.startsWith("redirect:")) {
			redirect.addFlashAttribute("saved", said[0]);
		}
		return page;
	}

	/** Applies a change; a refused one shows the list again with the reason and a 4xx. */
	private String change(Model model, HttpServletResponse response, RedirectAttributes redirect, String saved,
			Runnable change) {
		return PageProblem.attempt(() -> {
			change.run();
			if (saved != null) {
				redirect.addFlashAttribute("saved", saved);
			}
			return "redirect:/counselling/resources";
		}, model, response, refusal -> list(model));
	}

	private AreaId area(String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		return centre.requireArea(code).id();
	}

	private static int order(String sortOrder, int otherwise) {
		if (sortOrder == null || sortOrder.isBlank()) {
			return otherwise;
		}
		try {
			return Integer.parseInt(sortOrder.trim());
		}
		catch (NumberFormatException ex) {
			throw DomainException.invalid("counselling.resource.orderInvalid");
		}
	}

	private static long version(String version) {
		try {
			return Long.parseLong(version == null ? "" : version.trim());
		}
		catch (NumberFormatException ex) {
			throw DomainException.invalid("counselling.form.versionMissing");
		}
	}

}
