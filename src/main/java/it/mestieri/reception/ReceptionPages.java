package it.mestieri.reception;

import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import it.mestieri.centre.AreaId;
import it.mestieri.centre.CentreDirectory;
import it.mestieri.centre.SiteId;
import it.mestieri.shared.AgeBand;
import it.mestieri.shared.Bands;
import it.mestieri.shared.CentreClock;
import it.mestieri.shared.CitizenshipGroup;
import it.mestieri.shared.EducationLevel;
import it.mestieri.shared.Gender;
import it.mestieri.shared.Htmx;
import it.mestieri.shared.OccupationalStatus;
import it.mestieri.shared.PageProblem;
import it.mestieri.shared.Residence;

/**
 * Reception's screen: check-in, keyboard first, with the live queues beside it; and the
 * staff overview.
 */
@Controller
class ReceptionPages {

	private final Reception reception;

	private final DeskWork deskWork;

	private final CentreDirectory centre;

	private final CentreClock clock;

	private final ReceptionProperties rule;

	private final ObjectProvider<DutyRoster> roster;

	ReceptionPages(Reception reception, DeskWork deskWork, CentreDirectory centre, CentreClock clock,
			ReceptionProperties rule, ObjectProvider<DutyRoster> roster) {
		this.reception = reception;
		this.deskWork = deskWork;
		this.centre = centre;
		this.clock = clock;
		this.rule = rule;
		this.roster = roster;
	}

	@GetMapping("/reception")
	String checkInForm(@RequestParam(required = false) Long issued, Model model) {
		model.addAttribute("form", CheckInForm.empty());
		if (issued != null) {
			VisitView visit = reception.visit(new VisitId(issued));
			model.addAttribute("issued", visit);
			model.addAttribute("issuedArea", centre.area(visit.area()));
		}
		return formModel(model);
	}

	@PostMapping("/reception")
	String checkIn(@Valid @ModelAttribute("form") CheckInForm form, BindingResult errors, Model model,
			HttpServletResponse response) {
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return formModel(model);
		}
		return PageProblem.attempt(() -> {
			VisitView visit = reception.checkIn(form.toCheckIn(), Channel.RECEPTION);
			return "redirect:/reception?issued=" + visit.id().value();
		}, errors, response, () -> formModel(model));
	}

	@GetMapping("/reception/tickets/{id}")
	String ticket(@PathVariable long id, Model model) {
		VisitView visit = reception.visit(new VisitId(id));
		model.addAttribute("visit", visit);
		model.addAttribute("area", centre.area(visit.area()));
		model.addAttribute("site", centre.site(visit.site()));
		return "reception/ticket";
	}

	@PostMapping("/reception/visits/{id}/leave")
	String leave(@PathVariable long id) {
		reception.leave(new VisitId(id));
		return "redirect:/reception";
	}

	@PostMapping("/reception/visits/{id}/transfer")
	String transfer(@PathVariable long id, @RequestParam(required = false) String area) {
		reception.transfer(new VisitId(id), area);
		return "redirect:/reception";
	}

	@GetMapping("/overview")
	String overview(@RequestParam(required = false) Long site, Model model, HttpServletRequest request) {
		overviewModel(site, model);
		return Htmx.isRequest(request) ? "reception/overview :: panel" : "reception/overview";
	}

	private void overviewModel(Long site, Model model) {
		var chosen = reception.site(site == null ? null : new SiteId(site));
		model.addAttribute("site", chosen);
		model.addAttribute("queues", reception.queues(chosen.id()));
		model.addAttribute("desks", deskWork.desks(chosen.id()));
		model.addAttribute("updatedAt", clock.localNow().toLocalTime().withNano(0));
	}

	private String formModel(Model model) {
		if (model.getAttribute("form") == null) {
			// a value that could not be bound at all (a non-number site, say) leaves no
			// form to show again
			model.addAttribute("form", CheckInForm.empty());
		}
		model.addAttribute("sites", centre.sites());
		model.addAttribute("areas", centre.walkInAreas());
		model.addAttribute("topics", centre.topics());
		model.addAttribute("municipi", centre.municipiOn(clock.today()));
		model.addAttribute("genders", Gender.values());
		model.addAttribute("ageBands", AgeBand.values());
		model.addAttribute("occupationalStatuses", OccupationalStatus.values());
		model.addAttribute("educationLevels", EducationLevel.values());
		model.addAttribute("citizenshipGroups", CitizenshipGroup.values());
		model.addAttribute("residences", List.of(Residence.METRO_AREA, Residence.ELSEWHERE));
		model.addAttribute("rule", rule);
		overviewModel(null, model);
		var site = (it.mestieri.centre.Site) model.getAttribute("site");
		model.addAttribute("waiting", reception.waiting(site.id()));
		DutyRoster duty = roster.getIfAvailable();
		if (duty != null) {
			Map<AreaId, LocalTime> until = duty.onDutyUntil(site.id(), clock.now());
			Map<Long, LocalTime> byArea = new LinkedHashMap<>();
			until.forEach((area, time) -> byArea.put(area.value(), time));
			model.addAttribute("onDutyUntil", byArea);
		}
		model.addAttribute("areaById",
				centre.areas()
					.stream()
					.collect(java.util.stream.Collectors.toMap(area -> area.id().value(), area -> area)));
		return "reception/checkin";
	}

	/**
	 * The check-in form. {@code residence} holds either a residence band or
	 * {@code M:<code>} for a municipio of Rome valid today; {@code firstVisit} is "yes",
	 * "no" or empty.
	 */
	record CheckInForm(Long site, @Size(max = 40) String area, @Size(max = 60) String topic,
			@Size(max = 40) String gender, @Size(max = 40) String ageBand, @Size(max = 40) String occupationalStatus,
			@Size(max = 40) String educationLevel, @Size(max = 40) String citizenshipGroup,
			@Size(max = 30) String residence, @Size(max = 5) String firstVisit, @Size(max = 20) String visitorCard,
			Boolean priority) {

		static CheckInForm empty() {
			return new CheckInForm(null, null, null, null, null, null, null, null, null, null, null, null);
		}

		CheckIn toCheckIn() {
			Residence band = null;
			String municipio = null;
			if (residence != null && residence.startsWith("M:")) {
				municipio = residence.substring(2);
				band = Residence.MUNICIPIO;
			}
			else if (residence != null && !residence.isBlank()) {
				band = Bands.parse(Residence.class, residence, "residence");
			}
			Boolean first = "yes".equals(firstVisit) ? Boolean.TRUE : "no".equals(firstVisit) ? Boolean.FALSE : null;
			return new CheckIn(site == null ? null : new SiteId(site), area, topic,
					Bands.parse(Gender.class, gender, "gender"), Bands.parse(AgeBand.class, ageBand, "ageBand"),
					Bands.parse(OccupationalStatus.class, occupationalStatus, "occupationalStatus"),
					Bands.parse(EducationLevel.class, educationLevel, "educationLevel"),
					Bands.parse(CitizenshipGroup.class, citizenshipGroup, "citizenshipGroup"), band, municipio, first,
					visitorCard, Boolean.TRUE.equals(priority));
		}
	}

}
