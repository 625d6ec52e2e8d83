package it.mestieri.reception;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.mestieri.centre.Area;
import it.mestieri.centre.CentreDirectory;
import it.mestieri.centre.DeskId;
import it.mestieri.centre.Site;
import it.mestieri.centre.SiteId;
import it.mestieri.shared.AgeBand;
import it.mestieri.shared.Bands;
import it.mestieri.shared.CentreClock;
import it.mestieri.shared.CitizenshipGroup;
import it.mestieri.shared.EducationLevel;
import it.mestieri.shared.Gender;
import it.mestieri.shared.OccupationalStatus;
import it.mestieri.shared.ProblemResponses;
import it.mestieri.shared.Residence;

@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Reception", description = "Areas, walk-in visits, queues, desks and the display board")
class ReceptionApi {

	private final Reception reception;

	private final DeskWork deskWork;

	private final CentreDirectory centre;

	private final Board board;

	private final CentreClock clock;

	private final MessageSource messages;

	private final Opening opening;

	ReceptionApi(Reception reception, DeskWork deskWork, CentreDirectory centre, Board board, CentreClock clock,
			MessageSource messages, Opening opening) {
		this.messages = messages;
		this.opening = opening;
		this.reception = reception;
		this.deskWork = deskWork;
		this.centre = centre;
		this.board = board;
		this.clock = clock;
	}

	@GetMapping("/areas")
	@Operation(summary = "The areas of need, with their codes and names (public)")
	List<AreaResponse> areas() {
		return centre.areas().stream().map(AreaResponse::of).toList();
	}

	@PostMapping(path = "/visits", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Check a walk-in visitor in (RECEPTION): anonymous, returns the ticket")
	ResponseEntity<VisitResponse> checkIn(@Valid @RequestBody CheckInRequest request) {
		VisitView visit = reception.checkIn(request.toCheckIn(), Channel.API);
		return ResponseEntity.created(URI.create("/api/v1/visits/" + visit.id().value())).body(response(visit));
	}

	@GetMapping("/visits/{id}")
	@Operation(summary = "A visit: status, ticket, area and timestamps (staff)")
	VisitResponse visit(@PathVariable long id) {
		return response(reception.visit(new VisitId(id)));
	}

	@PostMapping("/visits/{id}/start")
	@Operation(summary = "Start serving a called ticket (COUNSELLOR at its desk)")
	VisitResponse start(@PathVariable long id) {
		return response(deskWork.start(new VisitId(id)));
	}

	@PostMapping("/visits/{id}/recall")
	@Operation(summary = "Call the ticket again on the display (COUNSELLOR at its desk)")
	VisitResponse recall(@PathVariable long id) {
		return response(deskWork.recall(new VisitId(id)));
	}

	@PostMapping(path = "/visits/{id}/finish", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Finish with an outcome: INFORMED, REFERRED (with referral) or LEFT_BEFORE_SERVED")
	VisitResponse finish(@PathVariable long id, @Valid @RequestBody FinishRequest request) {
		Outcome outcome = Bands.parse(Outcome.class, request.outcome(), "outcome");
		ReferralDestination referral = Bands.parse(ReferralDestination.class, request.referral(), "referral");
		return response(deskWork.finish(new VisitId(id), outcome, referral));
	}

	@PostMapping("/visits/{id}/no-show")
	@Operation(summary = "The called visitor did not come (COUNSELLOR at its desk)")
	VisitResponse noShow(@PathVariable long id) {
		return response(deskWork.noShow(new VisitId(id)));
	}

	@PostMapping("/visits/{id}/leave")
	@Operation(summary = "A waiting visitor went away (RECEPTION)")
	VisitResponse leave(@PathVariable long id) {
		return response(reception.leave(new VisitId(id)));
	}

	@PostMapping(path = "/visits/{id}/transfer", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Move the visit to another area's queue, keeping its place")
	VisitResponse transfer(@PathVariable long id, @Valid @RequestBody TransferRequest request) {
		return response(reception.transfer(new VisitId(id), request.area()));
	}

	@GetMapping("/queues")
	@Operation(summary = "Per area: people waiting and the estimated wait (public)")
	List<QueueResponse> queues(@RequestParam(required = false) Long site) {
		List<Site> sites = site == null ? centre.sites() : List.of(reception.site(new SiteId(site)));
		return sites.stream()
			.flatMap(each -> reception.queues(each.id())
				.stream()
				.map(queue -> QueueResponse.of(queue, opening.isOpenAt(each, clock.localNow().toLocalDateTime()))))
			.toList();
	}

	@GetMapping("/desks")
	@Operation(summary = "Desks with their area and who holds them (staff)")
	List<DeskResponse> desks(@RequestParam(required = false) Long site) {
		return deskWork.desks(site == null ? null : new SiteId(site)).stream().map(DeskResponse::of).toList();
	}

	@PostMapping("/desks/{deskId}/take")
	@Operation(summary = "Take a desk (COUNSELLOR)")
	DeskResponse take(@PathVariable long deskId) {
		return DeskResponse.of(deskWork.take(new DeskId(deskId)));
	}

	@PostMapping("/desks/{deskId}/release")
	@Operation(summary = "Release the desk you hold (COUNSELLOR)")
	DeskResponse release(@PathVariable long deskId) {
		return DeskResponse.of(deskWork.release(new DeskId(deskId)));
	}

	@PostMapping("/desks/{deskId}/call-next")
	@Operation(summary = "Call the next ticket of the desk's queue: 200 with the visit, 204 when nobody waits")
	ResponseEntity<VisitResponse> callNext(@PathVariable long deskId) {
		return deskWork.callNext(new DeskId(deskId))
			.map(visit -> ResponseEntity.ok(response(visit)))
			.orElseGet(() -> ResponseEntity.noContent().build());
	}

	@GetMapping(path = "/board", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@Operation(summary = "Live calls for the hall display, as server-sent events (public); 429 when too many are "
			+ "open from the address, 503 when too many are open in all")
	SseEmitter board(HttpServletRequest request, HttpServletResponse response, Locale locale) throws IOException {
		try {
			return board.subscribe(request.getRemoteAddr());
		}
		catch (Board.Full full) {
			// Answered here, not by the exception handlers: the request accepts only an
			// event stream.
			HttpStatus status = full.perAddress() ? HttpStatus.TOO_MANY_REQUESTS : HttpStatus.SERVICE_UNAVAILABLE;
			response.setHeader("Retry-After", "60");
			ProblemResponses.write(request, response, status,
					messages.getMessage("problem.title." + status.value(), null, locale),
					messages.getMessage(full.perAddress() ? "reception.board.fullForAddress" : "reception.board.full",
							null, locale));
			return null;
		}
	}

	private VisitResponse response(VisitView visit) {
		String area = centre.area(visit.area()).code();
		String desk = visit.desk() == null ? null : centre.desk(visit.desk()).name();
		String from = visit.transferredFrom() == null ? null : centre.area(visit.transferredFrom()).code();
		return new VisitResponse(visit.id().value(), visit.ticket(), area, visit.site().value(), visit.status(),
				visit.channel(), visit.priority(), visit.position(), visit.estimatedWaitMinutes(),
				visit.desk() == null ? null : visit.desk().value(), desk, visit.callCount(), visit.checkedInAt(),
				visit.calledAt(), visit.startedAt(), visit.finishedAt(), visit.leftAt(), visit.outcome(),
				visit.referral(), from, visit.likelyAfterClosing());
	}

	record AreaResponse(long id, String code, String nameIt, String nameEn, String ticketLetter, String colour,
			boolean walkIn) {

		static AreaResponse of(Area area) {
			return new AreaResponse(area.id().value(), area.code(), area.nameIt(), area.nameEn(), area.ticketLetter(),
					area.colour(), area.walkIn());
		}
	}

	record CheckInRequest(@NotBlank @Size(max = 40) String area, Long site, @Size(max = 60) String topic,
			@Size(max = 40) String gender, @Size(max = 40) String ageBand, @Size(max = 40) String occupationalStatus,
			@Size(max = 40) String educationLevel, @Size(max = 40) String citizenshipGroup,
			@Size(max = 40) String residence, @Size(max = 20) String municipio, Boolean firstVisit,
			@Size(max = 20) String visitorCard, Boolean priority) {

		CheckIn toCheckIn() {
			return new CheckIn(site == null ? null : new SiteId(site), area, topic,
					Bands.parse(Gender.class, gender, "gender"), Bands.parse(AgeBand.class, ageBand, "ageBand"),
					Bands.parse(OccupationalStatus.class, occupationalStatus, "occupationalStatus"),
					Bands.parse(EducationLevel.class, educationLevel, "educationLevel"),
					Bands.parse(CitizenshipGroup.class, citizenshipGroup, "citizenshipGroup"),
					Bands.parse(Residence.class, residence, "residence"), municipio, firstVisit, visitorCard,
					Boolean.TRUE.equals(priority));
		}
	}

	record FinishRequest(@NotBlank @Size(max = 40) String outcome, @Size(max = 40) String referral) {
	}

	record TransferRequest(@NotBlank @Size(max = 40) String area) {
	}

	record VisitResponse(long id, String ticket, String area, long site, VisitStatus status, Channel channel,
			boolean priority, Integer position, Integer estimatedWaitMinutes, Long deskId, String desk, int callCount,
			Instant checkedInAt, Instant calledAt, Instant startedAt, Instant finishedAt, Instant leftAt,
			Outcome outcome, ReferralDestination referral, String transferredFrom, Boolean likelyAfterClosing) {
	}

	record QueueResponse(long site, String area, String nameIt, String nameEn, int waiting, int desksOpen,
			int meanServiceMinutes, int estimatedWaitMinutes, boolean likelyAfterClosing, List<String> next,
			boolean open) {

		static QueueResponse of(QueueSummary queue, boolean open) {
			return new QueueResponse(queue.site().id().value(), queue.area().code(), queue.area().nameIt(),
					queue.area().nameEn(), queue.waiting(), queue.desksOpen(), queue.meanServiceMinutes(),
					queue.estimatedWaitMinutes(), queue.likelyAfterClosing(), queue.nextTickets(), open);
		}
	}

	record Holder(String username, String displayName) {
	}

	record CurrentVisit(long id, String ticket, VisitStatus status) {
	}

	record DeskResponse(long id, String name, String area, long site, Holder holder, Instant takenAt,
			CurrentVisit current) {

		static DeskResponse of(DeskView desk) {
			return new DeskResponse(desk.desk().id().value(), desk.desk().name(), desk.area().code(),
					desk.desk().site().value(),
					desk.holder() == null ? null : new Holder(desk.holder().username(), desk.holder().displayName()),
					desk.takenAt(), desk.current() == null ? null : new CurrentVisit(desk.current().id().value(),
							desk.current().ticket(), desk.current().status()));
		}
	}

}
