package it.mestieri.calendar;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import it.mestieri.shared.Bands;
import it.mestieri.shared.CentreClock;
import it.mestieri.shared.PageProblem;

/**
 * The coordinator's calendar under {@code /events/manage}: the events to come or the past
 * ones, a form to add or change one, and cancelling after a confirmation. A refused form
 * is shown again as typed, with the reason and a 4xx.
 */
@Controller
class EventPages {

	static final int PAGE_SIZE = 25;
	static final DateTimeFormatter FIELD = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	/** An event as the coordinator's list shows it. */
	record Row(long id, EventKind kind, String title, String when, String place, String organiser, boolean cancelled) {
	}

	private final Events events;

	private final EventReferences references;

	private final CentreClock clock;

	EventPages(Events events, EventReferences references, CentreClock clock) {
		this.events = events;
		this.references = references;
		this.clock = clock;
	}

	@GetMapping("/events/manage")
	String list(@RequestParam(defaultValue = "upcoming") String when, @RequestParam(defaultValue = "0") int page,
			Model model, Locale locale) {
		boolean past = "past".equals(when);
		Events.Filter filter = past ? new Events.Filter(null, null, null, clock.now(), null, null, null, true, true)
				: new Events.Filter(null, null, clock.now(), null, null, null, null, true, false);
		Events.Page found = events.list(filter, page, PAGE_SIZE);
		Map<Long, String> partners = references.partnerNames();
		model.addAttribute("rows", found.items()
			.stream()
			.map(event -> new Row(event.id(), event.kind(), event.title(),
					EventTimes.span(event.startsAt().atZone(clock.zone()), event.endsAt().atZone(clock.zone()), locale),
					event.place(), event.organiserPartnerId() == null ? null : partners.get(event.organiserPartnerId()),
					event.cancelled()))
			.toList());
		model.addAttribute("found", found);
		model.addAttribute("when", past ? "past" : "upcoming");
		return "events/manage";
	}

	@GetMapping("/events/manage/new")
	String newEvent(Model model) {
		LocalDateTime start = clock.today().plusDays(7).atTime(LocalTime.of(10, 0));
		Map<String, String> values = new LinkedHashMap<>();
		values.put("kind", EventKind.WORKSHOP.name());
		values.put("startsAt", start.format(FIELD));
		values.put("endsAt", start.plusHours(2).format(FIELD));
		return form(null, values, model);
	}

	@PostMapping("/events/manage")
	String create(@RequestParam MultiValueMap<String, String> form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return PageProblem.attempt(() -> {
			Event event = events.create(draft(form));
			redirect.addFlashAttribute("saved", "events.saved");
			return "redirect:/events/manage/" + event.id();
		}, model, response, refusal -> form(null, form.toSingleValueMap(), model));
	}

	@GetMapping("/events/manage/{id}")
	String edit(@PathVariable long id, Model model) {
		Event event = events.get(id);
		Map<String, String> values = new LinkedHashMap<>();
		put(values, "version", event.version(), "kind", event.kind(), "title", event.title(), "description",
				event.description(), "startsAt", local(event.startsAt().atZone(clock.zone())), "endsAt",
				local(event.endsAt().atZone(clock.zone())), "place", event.place(), "area",
				references.areaCodeOf(event.areaId()), "organiserPartner", event.organiserPartnerId(), "occupations",
				String.join("\n", event.occupationUris()), "capacity", event.capacity(), "registrationRequired",
				event.registrationRequired() ? "true" : null, "cancelled", event.cancelled() ? "true" : null);
		return form(id, values, model);
	}

	@PostMapping("/events/manage/{id}")
	String update(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return PageProblem.attempt(() -> {
			events.update(id, EventChecks.number(form.getFirst("version"), "version"), draft(form));
			redirect.addFlashAttribute("saved", "events.saved");
			return "redirect:/events/manage/" + id;
		}, model, response, refusal -> form(id, form.toSingleValueMap(), model));
	}

	@GetMapping("/events/manage/{id}/cancel")
	String confirmCancel(@PathVariable long id, Model model, Locale locale) {
		Event event = events.get(id);
		model.addAttribute("event", event);
		model.addAttribute("when",
				EventTimes.span(event.startsAt().atZone(clock.zone()), event.endsAt().atZone(clock.zone()), locale));
		return "events/cancel";
	}

	@PostMapping("/events/manage/{id}/cancel")
	String cancel(@PathVariable long id, @RequestParam(required = false) String version, RedirectAttributes redirect) {
		Event event = events.cancel(id, EventChecks.number(version, "version"));
		redirect.addFlashAttribute("cancelledTitle", event.title());
		return "redirect:/events/manage";
	}

	private String form(Long id, Map<String, String> values, Model model) {
		model.addAttribute("id", id);
		model.addAttribute("values", values);
		model.addAttribute("kinds", EventKind.values());
		model.addAttribute("areas", references.areas());
		model.addAttribute("partners", references.partners());
		return "events/form";
	}

	private Events.Draft draft(MultiValueMap<String, String> form) {
		Set<String> occupations = new LinkedHashSet<>();
		String lines = form.getFirst("occupations");
		if (lines != null) {
			Arrays.stream(lines.split("[\\s,]+")).filter(line -> !line.isBlank()).forEach(occupations::add);
		}
		return new Events.Draft(Bands.parse(EventKind.class, form.getFirst("kind"), "kind"), form.getFirst("title"),
				form.getFirst("description"), EventChecks.dateTime(form.getFirst("startsAt"), clock.zone(), "startsAt"),
				EventChecks.dateTime(form.getFirst("endsAt"), clock.zone(), "endsAt"), form.getFirst("place"),
				references.areaCode(form.getFirst("area")),
				EventChecks.number(form.getFirst("organiserPartner"), "organiserPartner"), occupations,
				EventChecks.capacityTyped(form.getFirst("capacity")),
				"true".equals(form.getFirst("registrationRequired")), "true".equals(form.getFirst("cancelled")));
	}

	private static String local(ZonedDateTime moment) {
		return moment.toLocalDateTime().format(FIELD);
	}

	private static void put(Map<String, String> values, Object... namesAndValues) {
		for (int i = 0; i < namesAndValues.length; i += 2) {
			Object value = namesAndValues[i + 1];
			values.put((String) namesAndValues[i], value == null ? "" : value.toString());
		}
	}

}
