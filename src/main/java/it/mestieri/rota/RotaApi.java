package it.mestieri.rota;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
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
import io.swagger.v3.oas.annotations.tags.Tag;
import it.mestieri.centre.CentreDirectory;
import it.mestieri.shared.CentreClock;
import it.mestieri.shared.DomainException;

@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Rota", description = "The counsellors' duty rota: weekly shifts, exceptions, closing days, who is on duty")
class RotaApi {

	static final int MAX_DAYS = 93;

	private final Rota rota;

	private final RotaPlanner planner;

	private final PublicDuty duty;

	private final OffRotaTakes offRota;

	private final RotaViews views;

	private final CentreDirectory centre;

	private final CentreClock clock;

	RotaApi(Rota rota, RotaPlanner planner, PublicDuty duty, OffRotaTakes offRota, RotaViews views,
			CentreDirectory centre, CentreClock clock) {
		this.rota = rota;
		this.planner = planner;
		this.duty = duty;
		this.offRota = offRota;
		this.views = views;
		this.centre = centre;
		this.clock = clock;
	}

	@GetMapping("/shifts")
	@Operation(summary = "The weekly shifts with their counsellors and partners (staff)")
	List<ShiftResponse> shifts() {
		var people = rota.people();
		return rota.shifts().stream().map(shift -> ShiftResponse.of(shift, centre, people)).toList();
	}

	@GetMapping("/shifts/{id}")
	@Operation(summary = "A weekly shift, with its version for changing it (staff)")
	ShiftResponse shift(@PathVariable long id) {
		return ShiftResponse.of(
				rota.shift(new ShiftId(id)).orElseThrow(() -> DomainException.notFound("rota.shift.unknown", id)),
				centre, rota.people());
	}

	@PostMapping(path = "/shifts", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(
			summary = "Add a weekly shift at a desk, inside the site's opening hours, for one or two counsellors of a partner (COORDINATOR)")
	ResponseEntity<ShiftResponse> add(@RequestBody ShiftRequest request) {
		ShiftId id = planner.add(request.draft());
		return ResponseEntity.created(URI.create("/api/v1/shifts/" + id.value())).body(shift(id.value()));
	}

	@PutMapping(path = "/shifts/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(
			summary = "Change a weekly shift; the version read before is required and a stale one is refused with 409 (COORDINATOR)")
	ShiftResponse update(@PathVariable long id, @RequestBody ShiftRequest request) {
		if (request.version() == null) {
			throw DomainException.invalid("rota.shift.version.required");
		}
		planner.update(new ShiftId(id), request.version(), request.draft());
		return shift(id);
	}

	@DeleteMapping("/shifts/{id}")
	@Operation(summary = "Remove a weekly shift and its exceptions (COORDINATOR); to keep its past, end it instead")
	ResponseEntity<Void> delete(@PathVariable long id) {
		planner.delete(new ShiftId(id));
		return ResponseEntity.noContent().build();
	}

	@PostMapping(path = "/rota/exceptions", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(
			summary = "One date of a shift: CANCELLED, a counsellor ABSENT, or a SWAP with a replacement; with 'until', "
					+ "a cancellation or absence on every date of the shift up to that date, 92 days at most (COORDINATOR)")
	ResponseEntity<ExceptionsResponse> addException(@RequestBody ExceptionRequest request) {
		if (request.shift() == null) {
			throw DomainException.invalid("rota.shift.required");
		}
		List<Long> ids = planner.addExceptions(new ShiftId(request.shift()), request.date(), request.until(),
				RotaInput.kind(request.kind()), RotaInput.staff(request.counsellor()),
				RotaInput.staff(request.replacement()));
		return ResponseEntity.status(201).body(new ExceptionsResponse(ids.get(0), ids));
	}

	@GetMapping("/rota/exceptions")
	@Operation(
			summary = "The exceptions in force between two dates (both included), the coming 14 days by default, 93 days at most (COORDINATOR)")
	List<RotaViews.ExceptionView> exceptions(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		LocalDate start = orDefault(from, clock.today());
		LocalDate end = orDefault(to, start.plusDays(13));
		checkPeriod(start, end);
		return views.exceptions(start, end, LocaleContextHolder.getLocale());
	}

	@DeleteMapping("/rota/exceptions/{id}")
	@Operation(summary = "Remove an exception: that date of the shift is as planned again (COORDINATOR)")
	ResponseEntity<Void> removeException(@PathVariable long id) {
		planner.removeException(id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping(path = "/rota/closing-days", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "A day without shifts, for the whole centre or one site (COORDINATOR)")
	ResponseEntity<IdResponse> addClosingDay(@RequestBody ClosingDayRequest request) {
		long id = planner.addClosingDay(RotaInput.site(request.site()), request.date(), request.reason());
		return ResponseEntity.status(201).body(new IdResponse(id));
	}

	@DeleteMapping("/rota/closing-days/{id}")
	@Operation(summary = "Remove a closing day: its shifts take place again (COORDINATOR)")
	ResponseEntity<Void> removeClosingDay(@PathVariable long id) {
		planner.removeClosingDay(id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/rota/gaps")
	@Operation(
			summary = "Opening hours with nobody on duty in a walk-in area; the coming 14 days by default (COORDINATOR)")
	List<GapResponse> gaps(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		LocalDate start = orDefault(from, clock.today());
		LocalDate end = orDefault(to, start.plusDays(13));
		checkPeriod(start, end);
		return rota.gaps(start, end)
			.stream()
			.map(gap -> new GapResponse(gap.date(), centre.site(gap.site()).code(), centre.area(gap.area()).code(),
					gap.from(), gap.to()))
			.toList();
	}

	@GetMapping("/rota/off-rota-takes")
	@Operation(summary = "Desks taken by counsellors with no shift there then, the past 14 days (COORDINATOR)")
	List<RotaViews.OffRota> offRotaTakes() {
		Instant now = clock.now();
		return views.offRota(offRota.between(now.minus(java.time.Duration.ofDays(14)), now.plusSeconds(1)));
	}

	@GetMapping("/rota/counsellors")
	@Operation(summary = "The counsellors who may be put on the rota, with their partner (COORDINATOR)")
	List<RotaViews.Counsellor> counsellors() {
		return views.counsellors();
	}

	@GetMapping("/rota/today")
	@Operation(summary = "Per area, the partner organisations on duty now and later today, with times (public)")
	DayResponse today() {
		return DayResponse.of(duty.days(clock.today(), 1, clock.now()).get(0), LocaleContextHolder.getLocale());
	}

	@GetMapping("/rota/week")
	@Operation(
			summary = "Per day from today for 7 days and per area, the partner organisations on duty, with times (public)")
	List<DayResponse> week() {
		Locale locale = LocaleContextHolder.getLocale();
		return duty.days(clock.today(), 7, null).stream().map(day -> DayResponse.of(day, locale)).toList();
	}

	private static LocalDate orDefault(LocalDate value, LocalDate otherwise) {
		return value == null ? otherwise : value;
	}

	static void checkPeriod(LocalDate from, LocalDate to) {
		if (to.isBefore(from) || to.isAfter(from.plusDays(MAX_DAYS))) {
			throw DomainException.invalid("rota.period.invalid", MAX_DAYS);
		}
	}

	record ShiftRequest(Long desk, String area, String weekday, LocalTime start, LocalTime end, LocalDate validFrom,
			LocalDate validTo, List<Long> counsellors, Long version) {

		ShiftDraft draft() {
			return new ShiftDraft(RotaInput.desk(desk), area, RotaInput.weekday(weekday), start, end, validFrom,
					validTo, RotaInput.staff(counsellors));
		}
	}

	record ExceptionRequest(Long shift, LocalDate date, LocalDate until, String kind, Long counsellor,
			Long replacement) {
	}

	/** The first exception added and all of them, one per date. */
	record ExceptionsResponse(long id, List<Long> ids) {
	}

	record ClosingDayRequest(Long site, LocalDate date, String reason) {
	}

	record IdResponse(long id) {
	}

	record CounsellorResponse(long id, String name, Long partner, String partnerName) {
	}

	record ShiftResponse(long id, long site, String area, long desk, String deskName, String weekday, LocalTime start,
			LocalTime end, LocalDate validFrom, LocalDate validTo, List<CounsellorResponse> counsellors, long version) {

		static ShiftResponse of(Shift shift, CentreDirectory centre,
				java.util.function.Function<it.mestieri.identity.StaffId, OnDuty> people) {
			return new ShiftResponse(shift.id().value(), shift.site().value(), centre.area(shift.area()).code(),
					shift.desk().value(), centre.desk(shift.desk()).name(), shift.weekday().name(), shift.start(),
					shift.end(), shift.validFrom(), shift.validTo(),
					shift.counsellors()
						.stream()
						.map(people)
						.map(c -> new CounsellorResponse(c.counsellor().value(), c.name(),
								c.partner() == null ? null : c.partner().value(), c.partnerName()))
						.toList(),
					shift.version());
		}
	}

	record GapResponse(LocalDate date, String site, String area, LocalTime from, LocalTime to) {
	}

	record SlotResponse(String site, LocalTime start, LocalTime end, boolean now, List<String> partners,
			List<String> counsellors) {
	}

	record AreaResponse(String area, String name, List<SlotResponse> slots) {
	}

	record ClosureResponse(String site, String reason) {
	}

	record DayResponse(LocalDate date, List<ClosureResponse> closed, List<AreaResponse> areas) {

		static DayResponse of(PublicDuty.Day day, Locale locale) {
			return new DayResponse(day.date(),
					day.closures().stream().map(c -> new ClosureResponse(c.site(), c.reason())).toList(),
					day.areas()
						.stream()
						.map(a -> new AreaResponse(a.area().code(), a.area().name(locale), a.slots()
							.stream()
							.map(s -> new SlotResponse(s.site(), s.start(), s.end(), s.now(), s.partners(), s.names()))
							.toList()))
						.toList());
		}
	}

}
