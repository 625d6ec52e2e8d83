package it.mestieri.counselling;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import it.mestieri.centre.Topic;
import it.mestieri.reception.Outcome;
import it.mestieri.reception.ReferralDestination;
import it.mestieri.reception.VisitId;
import it.mestieri.shared.Bands;
import it.mestieri.shared.CentreClock;

@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Interviews", description = "The anonymous interview records counsellors make when a visit ends")
class InterviewsApi {

	private final InterviewRecords records;

	private final Lookups lookups;

	private final CentreClock clock;

	InterviewsApi(InterviewRecords records, Lookups lookups, CentreClock clock) {
		this.records = records;
		this.lookups = lookups;
		this.clock = clock;
	}

	@PostMapping(path = "/interviews", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Finish the visit in progress at your desk and record its interview, in one step (COUNSELLOR)")
	ResponseEntity<InterviewResponse> record(@Valid @RequestBody RecordRequest request) {
		Interview interview = records.record(new VisitId(request.visitId()), request.answers());
		return ResponseEntity.created(URI.create("/api/v1/interviews/" + interview.id().value()))
			.body(response(interview, lookups.names()));
	}

	@GetMapping("/interviews")
	@Operation(summary = "Interview records of a period (days of the centre, both included; default the last 30 days): "
			+ "a counsellor's own, a partner coordinator's partner's, all for the coordinator")
	List<InterviewResponse> list(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		Lookups.Names names = lookups.names();
		return records.visible(from, to).stream().map(interview -> response(interview, names)).toList();
	}

	@GetMapping("/interviews/{id}")
	@Operation(summary = "An interview record, within the same scope as the list")
	InterviewResponse one(@PathVariable long id) {
		return response(records.visible(new InterviewId(id)), lookups.names());
	}

	@PutMapping(path = "/interviews/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Correct your own record within 24 hours of recording it; give the version you read "
			+ "(409 when it changed since, or once the record is locked)")
	InterviewResponse correct(@PathVariable long id, @Valid @RequestBody CorrectRequest request) {
		return response(records.correct(new InterviewId(id), request.version(), request.answers()), lookups.names());
	}

	@GetMapping("/interviews/{id}/history")
	@Operation(summary = "Every change of a record: its recording and each correction, by whom, when, what changed")
	List<ChangeResponse> history(@PathVariable long id) {
		Lookups.Names names = lookups.names();
		return records.history(new InterviewId(id))
			.stream()
			.map(change -> new ChangeResponse(change.revision(), change.kind(), names.username(change.by()),
					change.at(),
					change.fields()
						.stream()
						.map(field -> new FieldResponse(field.field(), field.before(), field.after()))
						.toList()))
			.toList();
	}

	private InterviewResponse response(Interview interview, Lookups.Names names) {
		return new InterviewResponse(interview.id().value(), interview.visit().value(),
				names.username(interview.counsellor()),
				interview.partner() == null ? null : interview.partner().value(), names.partner(interview.partner()),
				interview.site().value(), names.area(interview.area()).code(), interview.desk().value(),
				names.desk(interview.desk()), interview.startedAt(), interview.finishedAt(),
				interview.durationMinutes(), interview.outcome(),
				names.topics(interview.topics()).stream().map(Topic::code).toList(),
				names.resources(interview.resources()).stream().map(Handout::code).toList(), interview.referral(),
				interview.referralPartner() == null ? null : interview.referralPartner().value(),
				interview.followUpSuggested(), interview.recordedAt(), interview.correctableUntil(),
				interview.lockedAt(clock.now()), interview.version());
	}

	record RecordRequest(@NotNull Long visitId, @NotBlank @Size(max = 40) String outcome,
			@Size(max = 50) List<@NotNull @Size(max = 60) String> topics,
			@Size(max = 50) List<@NotNull @Size(max = 60) String> resources, @Size(max = 40) String referral,
			Long referralPartnerId, Boolean followUpSuggested) {

		InterviewAnswers answers() {
			return new InterviewAnswers(Bands.parse(Outcome.class, outcome, "outcome"), topics, resources,
					Bands.parse(ReferralDestination.class, referral, "referral"), referralPartnerId,
					Boolean.TRUE.equals(followUpSuggested));
		}
	}

	record CorrectRequest(@NotNull Long version, @Size(max = 50) List<@NotNull @Size(max = 60) String> topics,
			@Size(max = 50) List<@NotNull @Size(max = 60) String> resources, @Size(max = 40) String referral,
			Long referralPartnerId, Boolean followUpSuggested) {

		InterviewAnswers answers() {
			return new InterviewAnswers(null, topics, resources,
					Bands.parse(ReferralDestination.class, referral, "referral"), referralPartnerId,
					Boolean.TRUE.equals(followUpSuggested));
		}
	}

	record InterviewResponse(long id, long visitId, String counsellor, Long partnerId, String partner, long siteId,
			String area, long deskId, String desk, Instant startedAt, Instant finishedAt, int durationMinutes,
			Outcome outcome, List<String> topics, List<String> resources, ReferralDestination referral,
			Long referralPartnerId, boolean followUpSuggested, Instant recordedAt, Instant correctableUntil,
			boolean locked, long version) {
	}

	record ChangeResponse(int revision, String kind, String changedBy, Instant changedAt, List<FieldResponse> changes) {
	}

	record FieldResponse(String field, String before, String after) {
	}

}
