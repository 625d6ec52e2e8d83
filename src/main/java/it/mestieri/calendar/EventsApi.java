package it.mestieri.calendar;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.mestieri.shared.Bands;
import it.mestieri.shared.CentreClock;
import it.mestieri.shared.DomainException;

@RestController
@RequestMapping(path = "/api/v1/events", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Events", description = "The events calendar (workshops, information days, clubs, job fairs): read by "
		+ "anyone, written by the coordinator")
class EventsApi {

	private final Events events;

	private final EventReferences references;

	private final CentreClock clock;

	EventsApi(Events events, EventReferences references, CentreClock clock) {
		this.events = events;
		this.references = references;
		this.clock = clock;
	}

	@GetMapping
	@Operation(summary = "Events by date, the soonest first (public). Without from and to: those not over yet. "
			+ "Cancelled events only when asked for (cancelled=true), flagged.")
	PageResponse list(
			@Parameter(description = "first day (yyyy-mm-dd, centre's time zone) on which events start") @RequestParam(
					required = false) String from,
			@Parameter(description = "last day (yyyy-mm-dd) on which events start, included") @RequestParam(
					required = false) String to,
			@Parameter(description = "WORKSHOP, INFORMATION_DAY, CLUB or JOB_FAIR") @RequestParam(
					required = false) String kind,
			@Parameter(description = "an ESCO occupation URI the events are for") @RequestParam(
					required = false) String occupation,
			@Parameter(description = "include cancelled events") @RequestParam(
					defaultValue = "false") boolean cancelled,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		LocalDate first = EventChecks.FIELDS.date(from, "from");
		LocalDate last = EventChecks.FIELDS.date(to, "to");
		if (first != null && last != null && last.isBefore(first)) {
			throw DomainException.invalid("events.period.days");
		}
		Instant startsFrom = first == null ? null : first.atStartOfDay(clock.zone()).toInstant();
		Instant startsBefore = last == null ? null : last.plusDays(1).atStartOfDay(clock.zone()).toInstant();
		Instant endsAfter = first == null ? clock.now() : null;
		Events.Filter filter = new Events.Filter(startsFrom, startsBefore, endsAfter, null,
				Bands.parse(EventKind.class, kind, "kind"), EventChecks.FIELDS.occupation(occupation, "occupations"),
				null, cancelled, false);
		Events.Page found = events.list(filter, page, size);
		Map<Long, String> partners = references.partnerNames();
		return new PageResponse(found.items().stream().map(event -> response(event, partners)).toList(), found.total(),
				found.page(), found.size());
	}

	@GetMapping("/{id}")
	@Operation(summary = "An event, cancelled or not, with the version a PUT must send (public)")
	EventResponse get(@PathVariable long id) {
		return response(events.get(id), references.partnerNames());
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Add an event (COORDINATOR): kind, title, start and end (a date and time with an offset, "
			+ "or without one in the centre's time zone, Europe/Rome), place, optional area code, organising partner "
			+ "id, target occupations as ESCO URIs, capacity (1 or more; none for no limit)")
	ResponseEntity<EventResponse> create(@RequestBody EventRequest request) {
		Event event = events.create(request.draft(references, clock));
		return ResponseEntity.created(URI.create("/api/v1/events/" + event.id()))
			.body(response(event, references.partnerNames()));
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Change an event, or cancel it with cancelled=true (COORDINATOR); send the version you "
			+ "read: a stale one is refused with 409 and nothing changes")
	EventResponse update(@PathVariable long id, @RequestBody EventRequest request) {
		return response(events.update(id, request.version(), request.draft(references, clock)),
				references.partnerNames());
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Delete an event (COORDINATOR); to keep it in the calendar as cancelled, PUT cancelled=true")
	ResponseEntity<Void> delete(@PathVariable long id) {
		events.delete(id);
		return ResponseEntity.noContent().build();
	}

	EventResponse response(Event event, Map<Long, String> partners) {
		return new EventResponse(event.id(), event.version(), event.kind(), event.title(), event.description(),
				event.startsAt().atZone(clock.zone()).toOffsetDateTime(),
				event.endsAt().atZone(clock.zone()).toOffsetDateTime(), event.place(),
				references.areaCodeOf(event.areaId()), event.organiserPartnerId(),
				event.organiserPartnerId() == null ? null : partners.get(event.organiserPartnerId()),
				List.copyOf(event.occupationUris()), event.capacity(), event.registrationRequired(), event.cancelled(),
				"/events/" + event.id(), event.updatedAt());
	}

	record EventRequest(@Schema(description = "the version read; required to change") Long version,
			@Schema(example = "WORKSHOP") String kind, String title, String description,
			@Schema(example = "2026-04-14T10:00") String startsAt, @Schema(example = "2026-04-14T12:30") String endsAt,
			String place, @Schema(example = "LAVORO") String area, Long organiserPartner, List<String> occupations,
			Integer capacity, Boolean registrationRequired, Boolean cancelled) {

		Events.Draft draft(EventReferences references, CentreClock clock) {
			return new Events.Draft(Bands.parse(EventKind.class, kind, "kind"), title, description,
					EventChecks.dateTime(startsAt, clock.zone(), "startsAt"),
					EventChecks.dateTime(endsAt, clock.zone(), "endsAt"), place, references.areaCode(area),
					organiserPartner, occupations == null ? java.util.Set.of() : new LinkedHashSet<>(occupations),
					capacity, Boolean.TRUE.equals(registrationRequired), Boolean.TRUE.equals(cancelled));
		}
	}

	record EventResponse(long id, long version, EventKind kind, String title, String description,
			OffsetDateTime startsAt, OffsetDateTime endsAt, String place, String area, Long organiserPartner,
			String organiserName, List<String> occupations, Integer capacity, boolean registrationRequired,
			boolean cancelled, String page, Instant updatedAt) {
	}

	record PageResponse(List<EventResponse> items, long total, int page, int size) {
	}

}
