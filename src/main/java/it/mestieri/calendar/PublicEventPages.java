package it.mestieri.calendar;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

import it.mestieri.shared.Bands;
import it.mestieri.shared.CentreClock;

/**
 * The public calendar {@code /events}: the events not over yet and not cancelled, by day,
 * with a filter by kind; and the page of each event with its schema.org {@code Event}
 * JSON-LD. A cancelled or past event keeps its page, saying so, so that a link to it
 * still explains what happened.
 */
@Controller
class PublicEventPages {

	static final int PAGE_SIZE = 50;

	/** An event as the calendar lists it. */
	record Row(long id, EventKind kind, String title, String time, String place, String organiser,
			boolean registrationRequired, Integer capacity, String startsAt) {
	}

	/** The events of one day. */
	record Day(String label, String date, List<Row> events) {
	}

	/**
	 * A target occupation: a link to its sheet, with its name when the classification
	 * knows it.
	 */
	record OccupationLink(String uri, String label, String href) {
	}

	private final Events events;

	private final EventReferences references;

	private final EventJsonLd jsonLd;

	private final CentreClock clock;

	private final ObjectProvider<OccupationLabels> labels;

	PublicEventPages(Events events, EventReferences references, EventJsonLd jsonLd, CentreClock clock,
			ObjectProvider<OccupationLabels> labels) {
		this.events = events;
		this.references = references;
		this.jsonLd = jsonLd;
		this.clock = clock;
		this.labels = labels;
	}

	@GetMapping("/events")
	String calendar(@RequestParam(required = false) String kind, @RequestParam(defaultValue = "0") int page,
			Model model, Locale locale) {
		EventKind wanted = Bands.parse(EventKind.class, kind, "kind");
		Events.Filter filter = new Events.Filter(null, null, clock.now(), null, wanted, null, null, false, false);
		Events.Page found = events.list(filter, page, PAGE_SIZE);
		Map<Long, String> partners = references.partnerNames();
		Map<LocalDate, List<Row>> byDay = new LinkedHashMap<>();
		for (Event event : found.items()) {
			ZonedDateTime start = event.startsAt().atZone(clock.zone());
			ZonedDateTime end = event.endsAt().atZone(clock.zone());
			String time = start.toLocalDate().equals(end.toLocalDate())
					? EventTimes.time(start, locale) + "–" + EventTimes.time(end, locale)
					: EventTimes.time(start, locale) + " – " + EventTimes.day(end, locale) + ", "
							+ EventTimes.time(end, locale);
			byDay.computeIfAbsent(start.toLocalDate(), day -> new ArrayList<>())
				.add(new Row(event.id(), event.kind(), event.title(), time, event.place(),
						event.organiserPartnerId() == null ? null : partners.get(event.organiserPartnerId()),
						event.registrationRequired(), event.capacity(), start.toOffsetDateTime().toString()));
		}
		List<Day> days = byDay.entrySet()
			.stream()
			.map(entry -> new Day(EventTimes.day(entry.getKey().atStartOfDay(clock.zone()), locale),
					entry.getKey().toString(), entry.getValue()))
			.toList();
		model.addAttribute("days", days);
		model.addAttribute("found", found);
		model.addAttribute("kind", wanted == null ? "" : wanted.name());
		model.addAttribute("kinds", EventKind.values());
		return "events/calendar";
	}

	@GetMapping("/events/{id}")
	String event(@PathVariable long id, Model model, Locale locale) {
		Event event = events.get(id);
		ZonedDateTime start = event.startsAt().atZone(clock.zone());
		ZonedDateTime end = event.endsAt().atZone(clock.zone());
		String organiser = event.organiserPartnerId() == null ? null
				: references.partnerNames().get(event.organiserPartnerId());
		model.addAttribute("event", event);
		model.addAttribute("when", EventTimes.span(start, end, locale));
		model.addAttribute("startsAt", start.toOffsetDateTime().toString());
		model.addAttribute("over", event.over(clock.now()));
		model.addAttribute("organiser", organiser);
		model.addAttribute("areaName", references.areaName(event.areaId(), locale));
		model.addAttribute("occupations", event.occupationUris().stream().map(uri -> link(uri, locale)).toList());
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		model.addAttribute("jsonLd", EventJsonLd.forScript(jsonLd.event(event, organiser, base)));
		return "events/event";
	}

	private OccupationLink link(String uri, Locale locale) {
		String href = UriComponentsBuilder.fromPath("/occupations/by-uri")
			.queryParam("uri", uri)
			.encode()
			.build()
			.toUriString();
		String label = Optional.ofNullable(labels.getIfAvailable())
			.flatMap(names -> names.label(uri, locale))
			.orElse(null);
		return new OccupationLink(uri, label, href);
	}

}
