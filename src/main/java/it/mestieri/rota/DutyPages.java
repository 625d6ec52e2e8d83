package it.mestieri.rota;

import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import it.mestieri.centre.CentreDirectory;
import it.mestieri.identity.StaffDirectory;
import it.mestieri.identity.StaffMember;
import it.mestieri.shared.CentreClock;

/**
 * Who is on duty for the public, a member of staff's own shifts, and their calendar feed.
 */
@Controller
class DutyPages {

	static final MediaType CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

	private final PublicDuty duty;

	private final Rota rota;

	private final CalendarFeed feed;

	private final StaffDirectory staff;

	private final CentreDirectory centre;

	private final CentreClock clock;

	DutyPages(PublicDuty duty, Rota rota, CalendarFeed feed, StaffDirectory staff, CentreDirectory centre,
			CentreClock clock) {
		this.duty = duty;
		this.rota = rota;
		this.feed = feed;
		this.staff = staff;
		this.centre = centre;
		this.clock = clock;
	}

	@GetMapping("/duty")
	String duty(Model model) {
		var days = duty.days(clock.today(), 7, null);
		model.addAttribute("today", days.get(0));
		model.addAttribute("week", days.subList(1, days.size()));
		return "rota/duty";
	}

	@GetMapping("/duty/mine")
	String mine(Model model) {
		StaffMember me = staff.requireCurrent();
		model.addAttribute("occurrences",
				rota.occurrencesOf(me.id(), clock.today(), clock.today().plusWeeks(4))
					.stream()
					.filter(o -> o.end().isAfter(clock.now()))
					.toList());
		model.addAttribute("me", me.id());
		model.addAttribute("places", Places.of(centre));
		model.addAttribute("feedUrl",
				ServletUriComponentsBuilder.fromCurrentContextPath()
					.path("/calendar/{token}.ics")
					.buildAndExpand(feed.token(me.id()))
					.toUriString());
		return "rota/mine";
	}

	@PostMapping("/duty/mine/token")
	String resetToken(RedirectAttributes redirect) {
		feed.reset(staff.requireCurrent().id());
		redirect.addFlashAttribute("tokenReset", true);
		return "redirect:/duty/mine";
	}

	@GetMapping("/calendar/{token}.ics")
	@ResponseBody
	ResponseEntity<String> calendar(@PathVariable String token) {
		Locale locale = LocaleContextHolder.getLocale();
		return feed.feed(token, locale)
			.map(body -> ResponseEntity.ok()
				.contentType(CALENDAR)
				.header("Cache-Control", "private, max-age=300")
				.body(body))
			.orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
				.contentType(MediaType.TEXT_PLAIN)
				.body("Not found"));
	}

}
