package it.mestieri.rota;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import it.mestieri.centre.CentreDirectory;
import it.mestieri.centre.DeskId;
import it.mestieri.centre.SiteId;
import it.mestieri.identity.StaffId;
import it.mestieri.shared.CentreClock;
import it.mestieri.shared.DomainException;
import it.mestieri.shared.PageProblem;

/**
 * The coordinator's rota: a week per site, the shifts, exceptions, closing days, gaps and
 * off-rota takes.
 */
@Controller
class RotaPages {

	static final int GAP_DAYS = 14;

	private final Rota rota;

	private final RotaPlanner planner;

	private final RotaViews views;

	private final OffRotaTakes offRota;

	private final CentreDirectory centre;

	private final CentreClock clock;

	RotaPages(Rota rota, RotaPlanner planner, RotaViews views, OffRotaTakes offRota, CentreDirectory centre,
			CentreClock clock) {
		this.rota = rota;
		this.planner = planner;
		this.views = views;
		this.offRota = offRota;
		this.centre = centre;
		this.clock = clock;
	}

	@GetMapping("/rota")
	String week(@RequestParam(required = false) String week, Model model) {
		LocalDate monday = week == null || week.isBlank() ? clock.today().with(DayOfWeek.MONDAY) : RotaInput.week(week);
		return page(monday, model);
	}

	private String page(LocalDate monday, Model model) {
		LocalDate today = clock.today();
		Instant now = clock.now();
		model.addAttribute("week", RotaInput.weekOf(monday));
		model.addAttribute("monday", monday);
		model.addAttribute("sunday", monday.plusDays(6));
		model.addAttribute("previousWeek", RotaInput.weekOf(monday.minusWeeks(1)));
		model.addAttribute("nextWeek", RotaInput.weekOf(monday.plusWeeks(1)));
		model.addAttribute("weeks", views.weeks(monday));
		model.addAttribute("shifts", rota.shifts());
		model.addAttribute("people", rota.people());
		model.addAttribute("desks", centre.desks());
		model.addAttribute("places", Places.of(centre));
		model.addAttribute("sites", centre.sites());
		model.addAttribute("weekdays", DayOfWeek.values());
		model.addAttribute("kinds", ExceptionKind.values());
		model.addAttribute("counsellors", views.counsellors());
		model.addAttribute("gaps", rota.gaps(today, today.plusDays(GAP_DAYS - 1L)));
		model.addAttribute("offRota",
				views.offRota(offRota.between(now.minus(Duration.ofDays(14)), now.plusSeconds(1))));
		model.addAttribute("closingDays", rota.closingDays(today, today.plusYears(1)));
		model.addAttribute("exceptions", views.exceptions(monday, monday.plusDays(6), LocaleContextHolder.getLocale()));
		model.addAttribute("today", today);
		return "rota/week";
	}

	@PostMapping("/rota/shifts")
	String addShift(@RequestParam(required = false) String week, @RequestParam(required = false) String desk,
			@RequestParam(required = false) String weekday, @RequestParam(required = false) String start,
			@RequestParam(required = false) String end, @RequestParam(required = false) String validFrom,
			@RequestParam(required = false) String validTo, @RequestParam(required = false) List<String> counsellors,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return change(week, model, response, redirect, () -> planner.add(new ShiftDraft(deskId(desk), null,
				RotaInput.weekday(weekday), RotaInput.time(start, "start"), RotaInput.time(end, "end"),
				RotaInput.date(validFrom, "validFrom"), RotaInput.date(validTo, "validTo"), staffIds(counsellors))));
	}

	@PostMapping("/rota/shifts/{id}/end")
	String endShift(@PathVariable long id, @RequestParam(required = false) String week,
			@RequestParam(required = false) String lastDate, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return change(week, model, response, redirect,
				() -> planner.end(new ShiftId(id), RotaInput.date(lastDate, "lastDate")));
	}

	@PostMapping("/rota/shifts/{id}/delete")
	String deleteShift(@PathVariable long id, @RequestParam(required = false) String week, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return change(week, model, response, redirect, () -> planner.delete(new ShiftId(id)));
	}

	@PostMapping("/rota/exceptions")
	String addException(@RequestParam(required = false) String week, @RequestParam(required = false) String shift,
			@RequestParam(required = false) String date, @RequestParam(required = false) String until,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String counsellor,
			@RequestParam(required = false) String replacement, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return change(week, model, response, redirect, () -> {
			Long shiftId = number(shift, "rota.shift.required");
			if (shiftId == null) {
				throw DomainException.invalid("rota.shift.required");
			}
			planner.addExceptions(new ShiftId(shiftId), RotaInput.date(date, "date"), RotaInput.date(until, "until"),
					RotaInput.kind(kind), staffId(counsellor), staffId(replacement));
		});
	}

	@PostMapping("/rota/exceptions/{id}/delete")
	String removeException(@PathVariable long id, @RequestParam(required = false) String week, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return change(week, model, response, redirect, () -> planner.removeException(id));
	}

	@PostMapping("/rota/closing-days")
	String addClosingDay(@RequestParam(required = false) String week, @RequestParam(required = false) String date,
			@RequestParam(required = false) String site, @RequestParam(required = false) String reason, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return change(week, model, response, redirect, () -> {
			Long siteId = number(site, "rota.site.unknown");
			planner.addClosingDay(siteId == null ? null : new SiteId(siteId), RotaInput.date(date, "date"), reason);
		});
	}

	@PostMapping("/rota/closing-days/{id}/delete")
	String removeClosingDay(@PathVariable long id, @RequestParam(required = false) String week, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return change(week, model, response, redirect, () -> planner.removeClosingDay(id));
	}

	/**
	 * Applies a change and goes back to the week; a refused one shows the week again with
	 * the reason and a 4xx.
	 */
	private String change(String week, Model model, HttpServletResponse response, RedirectAttributes redirect,
			Runnable change) {
		LocalDate monday = mondayOf(week);
		return PageProblem.attempt(() -> {
			change.run();
			redirect.addFlashAttribute("saved", true);
			return "redirect:/rota?week=" + RotaInput.weekOf(monday);
		}, model, response, refusal -> page(monday, model));
	}

	/**
	 * The Monday of the week the form came from, or of this week if it names none it can
	 * read.
	 */
	private LocalDate mondayOf(String week) {
		try {
			return week == null || week.isBlank() ? clock.today().with(DayOfWeek.MONDAY) : RotaInput.week(week);
		}
		catch (DomainException ex) {
			return clock.today().with(DayOfWeek.MONDAY);
		}
	}

	private static DeskId deskId(String value) {
		Long id = number(value, "rota.desk.unknown");
		return id == null ? null : new DeskId(id);
	}

	private static StaffId staffId(String value) {
		Long id = number(value, "rota.counsellor.unknown");
		return id == null ? null : new StaffId(id);
	}

	private static List<StaffId> staffIds(List<String> values) {
		List<StaffId> ids = new ArrayList<>();
		if (values != null) {
			values.stream().map(RotaPages::staffId).filter(id -> id != null).forEach(ids::add);
		}
		return ids;
	}

	/**
	 * A number sent as text; blank is null, anything else not a number is refused with
	 * that message.
	 */
	private static Long number(String value, String messageKey) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(value.trim());
		}
		catch (NumberFormatException ex) {
			throw DomainException.invalid(messageKey, value.length() > 40 ? value.substring(0, 40) + "…" : value);
		}
	}

}
