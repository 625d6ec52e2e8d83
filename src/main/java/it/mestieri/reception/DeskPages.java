package it.mestieri.reception;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import it.mestieri.centre.DeskId;
import it.mestieri.shared.Bands;
import it.mestieri.shared.PageProblem;

/**
 * The counsellor's desk screen: take a desk, call next, serve, finish with an outcome.
 */
@Controller
class DeskPages {

	private final DeskWork deskWork;

	private final Reception reception;

	private final DeskPage deskPage;

	DeskPages(DeskWork deskWork, Reception reception, DeskPage deskPage) {
		this.deskWork = deskWork;
		this.reception = reception;
		this.deskPage = deskPage;
	}

	@GetMapping("/desk")
	String desks(Model model) {
		Optional<DeskView> mine = deskWork.myDesk();
		if (mine.isPresent()) {
			return "redirect:/desk/" + mine.get().desk().id().value();
		}
		model.addAttribute("desks", deskWork.desks(null));
		return "reception/desks";
	}

	@GetMapping("/desk/{id}")
	String desk(@PathVariable long id, Model model) {
		return deskPage.show(new DeskId(id), model);
	}

	@PostMapping("/desk/{id}/take")
	String take(@PathVariable long id, RedirectAttributes redirect, Model model, HttpServletResponse response) {
		return act(id, redirect, model, response, () -> deskWork.take(new DeskId(id)));
	}

	@PostMapping("/desk/{id}/release")
	String release(@PathVariable long id, RedirectAttributes redirect, Model model, HttpServletResponse response) {
		String page = act(id, redirect, model, response, () -> deskWork.release(new DeskId(id)));
		return page.startsWith("redirect:") ? "redirect:/desk" : page;
	}

	@PostMapping("/desk/{id}/call-next")
	String callNext(@PathVariable long id, RedirectAttributes redirect, Model model, HttpServletResponse response) {
		return act(id, redirect, model, response, () -> {
			if (deskWork.callNext(new DeskId(id)).isEmpty()) {
				redirect.addFlashAttribute("notice", "desk.queueEmpty");
			}
		});
	}

	@PostMapping("/desk/{id}/visits/{visit}/recall")
	String recall(@PathVariable long id, @PathVariable long visit, RedirectAttributes redirect, Model model,
			HttpServletResponse response) {
		return act(id, redirect, model, response, () -> deskWork.recall(new VisitId(visit)));
	}

	@PostMapping("/desk/{id}/visits/{visit}/start")
	String start(@PathVariable long id, @PathVariable long visit, RedirectAttributes redirect, Model model,
			HttpServletResponse response) {
		return act(id, redirect, model, response, () -> deskWork.start(new VisitId(visit)));
	}

	@PostMapping("/desk/{id}/visits/{visit}/finish")
	String finish(@PathVariable long id, @PathVariable long visit, @RequestParam(required = false) String outcome,
			@RequestParam(required = false) String referral, RedirectAttributes redirect, Model model,
			HttpServletResponse response) {
		return act(id, redirect, model, response,
				() -> deskWork.finish(new VisitId(visit), Bands.parse(Outcome.class, outcome, "outcome"),
						Bands.parse(ReferralDestination.class, referral, "referral")));
	}

	@PostMapping("/desk/{id}/visits/{visit}/no-show")
	String noShow(@PathVariable long id, @PathVariable long visit, RedirectAttributes redirect, Model model,
			HttpServletResponse response) {
		return act(id, redirect, model, response, () -> deskWork.noShow(new VisitId(visit)));
	}

	@PostMapping("/desk/{id}/visits/{visit}/transfer")
	String transfer(@PathVariable long id, @PathVariable long visit, @RequestParam(required = false) String area,
			RedirectAttributes redirect, Model model, HttpServletResponse response) {
		return act(id, redirect, model, response, () -> reception.transfer(new VisitId(visit), area));
	}

	/**
	 * Runs a desk action and goes back to the desk. A rule that says no shows the desk
	 * page again with the reason and the status the API would give, so the counsellor
	 * stays put.
	 */
	private String act(long deskId, RedirectAttributes redirect, Model model, HttpServletResponse response,
			Runnable action) {
		return PageProblem.attempt(() -> {
			action.run();
			return "redirect:/desk/" + deskId;
		}, model, response, refusal -> desk(deskId, model));
	}

}
