package it.mestieri.centre;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import it.mestieri.shared.DomainException;
import it.mestieri.shared.PageProblem;

/**
 * The coordinator's settings of the centre: sites and their opening hours, areas and
 * their topics, desks, and Rome's municipi. Every change is checked before it is saved.
 */
@Controller
class CentrePages {

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

	private static final Pattern LETTER = Pattern.compile("[A-Z]");

	private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

	private static final Pattern INTERVAL = Pattern.compile("(\\d{1,2}[:.]\\d{2})\\s*[-–]\\s*(\\d{1,2}[:.]\\d{2})");

	private final CentreDirectory directory;

	private final CentreSetup setup;

	private final RomeMunicipi romeMunicipi;

	CentrePages(CentreDirectory directory, CentreSetup setup, RomeMunicipi romeMunicipi) {
		this.directory = directory;
		this.setup = setup;
		this.romeMunicipi = romeMunicipi;
	}

	@GetMapping("/centre/settings")
	String settings(Model model) {
		model.addAttribute("sites", directory.sites());
		model.addAttribute("areas", directory.areas());
		model.addAttribute("topics", directory.topics());
		model.addAttribute("desks", directory.desks());
		model.addAttribute("days", DayOfWeek.values());
		model.addAttribute("hasMunicipi", setup.hasMunicipi());
		return "centre/settings";
	}

	@PostMapping("/centre/sites")
	String addSite(@RequestParam(required = false) String code, @RequestParam(required = false) String name,
			@RequestParam(required = false) String address, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return change(model, response, redirect,
				() -> setup.addSite(code(code), text(name, 200, "name"), text(address, 300, "address")));
	}

	@PostMapping("/centre/sites/{site}/hours")
	String setHours(@PathVariable long site, @RequestParam(required = false) String day,
			@RequestParam(required = false) String hours, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return change(model, response, redirect, () -> {
			SiteId id = directory.site(new SiteId(site)).id();
			DayOfWeek weekday = parseDay(day);
			setup.setOpeningHours(id, weekday, intervals(weekday, hours));
		});
	}

	@PostMapping("/centre/areas")
	String addArea(@RequestParam(required = false) String code, @RequestParam(required = false) String nameIt,
			@RequestParam(required = false) String nameEn, @RequestParam(required = false) String ticketLetter,
			@RequestParam(required = false) String colour, @RequestParam(required = false) String leadPartner,
			@RequestParam(defaultValue = "false") boolean walkIn, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return change(model, response, redirect, () -> {
			String letter = ticketLetter == null ? "" : ticketLetter.trim().toUpperCase();
			if (!LETTER.matcher(letter).matches()) {
				throw DomainException.invalid("centre.letter.invalid");
			}
			setup.addArea(code(code), text(nameIt, 120, "nameIt"), text(nameEn, 120, "nameEn"), letter, colour(colour),
					optional(leadPartner, 200), walkIn, directory.areas().size() + 1);
		});
	}

	@PostMapping("/centre/areas/{area}")
	String updateArea(@PathVariable long area, @RequestParam(required = false) String nameIt,
			@RequestParam(required = false) String nameEn, @RequestParam(required = false) String colour,
			@RequestParam(required = false) String leadPartner, @RequestParam(defaultValue = "false") boolean walkIn,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return change(model, response, redirect, () -> {
			Area existing = directory.area(new AreaId(area));
			setup.updateArea(existing.id(), text(nameIt, 120, "nameIt"), text(nameEn, 120, "nameEn"), colour(colour),
					optional(leadPartner, 200), walkIn);
		});
	}

	@PostMapping("/centre/topics")
	String addTopic(@RequestParam(required = false) String area, @RequestParam(required = false) String code,
			@RequestParam(required = false) String nameIt, @RequestParam(required = false) String nameEn, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return change(model, response, redirect, () -> {
			Area chosen = directory.requireArea(area);
			setup.addTopic(chosen.id(), code(code), text(nameIt, 200, "nameIt"), text(nameEn, 200, "nameEn"),
					directory.topics(chosen.id()).size() + 1);
		});
	}

	@PostMapping("/centre/desks")
	String addDesk(@RequestParam(required = false) Long site, @RequestParam(required = false) String area,
			@RequestParam(required = false) String name, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return change(model, response, redirect, () -> {
			if (site == null) {
				throw DomainException.invalid("centre.site.required");
			}
			setup.addDesk(directory.site(new SiteId(site)).id(), directory.requireArea(area).id(),
					text(name, 60, "name"));
		});
	}

	@PostMapping("/centre/municipi/rome")
	String loadRomeMunicipi(Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return change(model, response, redirect, () -> {
			if (setup.hasMunicipi()) {
				throw DomainException.conflict("centre.municipi.loaded");
			}
			romeMunicipi.load();
		});
	}

	/**
	 * Applies a change; a refused one shows the settings again with the reason and a 4xx.
	 */
	private String change(Model model, HttpServletResponse response, RedirectAttributes redirect, Runnable change) {
		return PageProblem.attempt(() -> {
			try {
				change.run();
			}
			catch (DataIntegrityViolationException ex) {
				throw DomainException.conflict("centre.duplicate");
			}
			redirect.addFlashAttribute("saved", true);
			return "redirect:/centre/settings";
		}, model, response, refusal -> settings(model));
	}

	private static String code(String code) {
		String value = code == null ? "" : code.trim().toUpperCase();
		if (!CODE.matcher(value).matches()) {
			throw DomainException.invalid("centre.code.invalid");
		}
		return value;
	}

	private static String colour(String colour) {
		String value = colour == null ? "" : colour.trim();
		if (!COLOUR.matcher(value).matches()) {
			throw DomainException.invalid("centre.colour.invalid");
		}
		return value.toLowerCase();
	}

	private static String text(String text, int max, String field) {
		String value = text == null ? "" : text.strip();
		if (value.isEmpty() || value.length() > max) {
			throw DomainException.invalid("centre.text.invalid", DomainException.term("centre.field." + field), max);
		}
		return value;
	}

	private static String optional(String text, int max) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return text(text, max, "leadPartner");
	}

	private static DayOfWeek parseDay(String day) {
		try {
			return DayOfWeek.valueOf(day == null ? "" : day.trim().toUpperCase());
		}
		catch (IllegalArgumentException ex) {
			throw DomainException.invalid("centre.day.invalid");
		}
	}

	/** "10:00-13:00, 16:00-19:00" into intervals; empty text means closed that day. */
	static List<OpeningHours> intervals(DayOfWeek day, String hours) {
		List<OpeningHours> intervals = new ArrayList<>();
		if (hours == null || hours.isBlank()) {
			return intervals;
		}
		for (String part : hours.split("[,;]")) {
			Matcher matcher = INTERVAL.matcher(part.trim());
			if (!matcher.matches()) {
				throw DomainException.invalid("centre.hours.invalid", part.trim());
			}
			try {
				LocalTime opens = LocalTime.parse(pad(matcher.group(1)));
				LocalTime closes = LocalTime.parse(pad(matcher.group(2)));
				if (!opens.isBefore(closes)) {
					throw DomainException.invalid("centre.hours.invalid", part.trim());
				}
				intervals.add(new OpeningHours(day, opens, closes));
			}
			catch (DateTimeParseException ex) {
				throw DomainException.invalid("centre.hours.invalid", part.trim());
			}
		}
		return intervals;
	}

	private static String pad(String time) {
		String normal = time.replace('.', ':');
		return normal.length() == 4 ? "0" + normal : normal;
	}

}
