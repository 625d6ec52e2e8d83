package it.mestieri.partners;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.mestieri.centre.CentreDirectory;
import it.mestieri.shared.Bands;
import it.mestieri.shared.DomainException;

@RestController
@RequestMapping("/api/v1/agreements")
@Tag(name = "Agreements",
		description = "Agreements (protocolli d'intesa) with partners, their commitments and documents")
class AgreementsApi {

	private final Agreements agreements;

	private final Partners partners;

	private final PartnerScope scope;

	private final CentreDirectory centre;

	AgreementsApi(Agreements agreements, Partners partners, PartnerScope scope, CentreDirectory centre) {
		this.agreements = agreements;
		this.partners = partners;
		this.scope = scope;
		this.centre = centre;
	}

	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(
			summary = "Agreements, the latest first (COORDINATOR; PARTNER_COORDINATOR: those their partner is a party to)")
	List<AgreementResponse> agreements() {
		return agreements.all().stream().filter(scope::maySee).map(this::response).toList();
	}

	@GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(
			summary = "An agreement with its parties, commitments and documents; its version is what a PUT must send")
	AgreementResponse agreement(@PathVariable long id) {
		return response(visible(id));
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Create an agreement between one or more partners (COORDINATOR)")
	ResponseEntity<AgreementResponse> create(@Valid @RequestBody AgreementRequest request) {
		AgreementId id = agreements.create(request.draft());
		return ResponseEntity.created(URI.create("/api/v1/agreements/" + id.value()))
			.body(response(agreements.agreement(id)));
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Change an agreement (COORDINATOR). Send the version you read: if someone saved it since, "
			+ "the answer is 409 and nothing is changed")
	AgreementResponse update(@PathVariable long id, @Valid @RequestBody AgreementUpdate request) {
		if (request.version() == null) {
			throw DomainException.invalid("partners.field.required", Checks.FIELDS.field("version"));
		}
		return response(agreements.update(new AgreementId(id), request.version(), request.draft()));
	}

	@PostMapping(path = "/{id}/commitments", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(
			summary = "Add a commitment of one party: kind, quantity, unit, period, area for counsellor hours (COORDINATOR)")
	ResponseEntity<CommitmentResponse> addCommitment(@PathVariable long id,
			@Valid @RequestBody CommitmentRequest request) {
		Commitment added = agreements.addCommitment(new AgreementId(id), new Agreements.NewCommitment(
				request.partner() == null ? null : new PartnerId(request.partner()),
				Bands.parse(CommitmentKind.class, request.kind(), "kind"), request.quantity(), request.unit(),
				Bands.parse(CommitmentPeriod.class, request.period(), "period"),
				request.area() == null || request.area().isBlank() ? null : centre.requireArea(request.area()).id(),
				request.description()));
		return ResponseEntity.created(URI.create("/api/v1/agreements/" + id + "/commitments/" + added.id()))
			.body(commitment(added));
	}

	@DeleteMapping("/{id}/commitments/{commitmentId}")
	@Operation(summary = "Remove a commitment (COORDINATOR)")
	ResponseEntity<Void> removeCommitment(@PathVariable long id, @PathVariable long commitmentId) {
		agreements.removeCommitment(new AgreementId(id), commitmentId);
		return ResponseEntity.noContent().build();
	}

	@PostMapping(path = "/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(
			summary = "Attach a PDF document (part 'file', content type application/pdf, size limited) (COORDINATOR)")
	ResponseEntity<DocumentResponse> attach(@PathVariable long id, @RequestParam("file") MultipartFile file)
			throws IOException {
		try (InputStream content = file.getInputStream()) {
			AgreementDocument document = agreements.attach(new AgreementId(id), file.getOriginalFilename(),
					file.getContentType(), content);
			return ResponseEntity.created(URI.create(href(document))).body(DocumentResponse.of(document));
		}
	}

	@GetMapping("/{id}/documents/{documentId}")
	@Operation(
			summary = "Download a document, as an attachment (COORDINATOR; PARTNER_COORDINATOR if their partner is a party)")
	ResponseEntity<Resource> download(@PathVariable long id, @PathVariable long documentId) {
		Agreement agreement = visible(id);
		return download(agreements, agreements.document(agreement.id(), documentId));
	}

	/**
	 * The answer that hands over a document: an attachment, never shown in the browser as
	 * something else.
	 */
	static ResponseEntity<Resource> download(Agreements agreements, AgreementDocument document) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.contentLength(document.size())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(document.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(agreements.content(document));
	}

	private Agreement visible(long id) {
		return scope.agreement(agreements.agreement(new AgreementId(id)));
	}

	private AgreementResponse response(Agreement agreement) {
		return new AgreementResponse(agreement.id().value(), agreement.title(), agreement.signedOn(),
				agreement.validFrom(), agreement.validTo(), agreement.charterAccepted(), agreement.charterAcceptedOn(),
				agreement.version(),
				agreement.parties()
					.stream()
					.map(party -> new PartyResponse(party.value(), partners.partner(party).name()))
					.toList(),
				agreement.commitments().stream().map(this::commitment).toList(),
				agreement.documents().stream().map(DocumentResponse::of).toList());
	}

	private CommitmentResponse commitment(Commitment commitment) {
		return new CommitmentResponse(commitment.id(), commitment.partner().value(), commitment.kind(),
				commitment.quantity(), commitment.unit(), commitment.period(),
				commitment.area() == null ? null : centre.area(commitment.area()).code(), commitment.description());
	}

	static String href(AgreementDocument document) {
		return "/api/v1/agreements/" + document.agreement().value() + "/documents/" + document.id();
	}

	record AgreementRequest(String title, LocalDate signedOn, LocalDate validFrom, LocalDate validTo,
			Boolean charterAccepted, LocalDate charterAcceptedOn, List<Long> parties) {

		Agreements.Draft draft() {
			return new Agreements.Draft(title, signedOn, validFrom, validTo, Boolean.TRUE.equals(charterAccepted),
					charterAcceptedOn, parties == null ? List.of() : parties.stream().map(PartnerId::new).toList());
		}
	}

	record AgreementUpdate(Long version, String title, LocalDate signedOn, LocalDate validFrom, LocalDate validTo,
			Boolean charterAccepted, LocalDate charterAcceptedOn, List<Long> parties) {

		Agreements.Draft draft() {
			return new AgreementRequest(title, signedOn, validFrom, validTo, charterAccepted, charterAcceptedOn,
					parties)
				.draft();
		}
	}

	record CommitmentRequest(Long partner, String kind, BigDecimal quantity, String unit, String period, String area,
			String description) {
	}

	record AgreementResponse(long id, String title, LocalDate signedOn, LocalDate validFrom, LocalDate validTo,
			boolean charterAccepted, LocalDate charterAcceptedOn, long version, List<PartyResponse> parties,
			List<CommitmentResponse> commitments, List<DocumentResponse> documents) {
	}

	record PartyResponse(long id, String name) {
	}

	record CommitmentResponse(long id, long partner, CommitmentKind kind, BigDecimal quantity, String unit,
			CommitmentPeriod period, String area, String description) {
	}

	record DocumentResponse(long id, String fileName, String contentType, long size, String sha256, Instant uploadedAt,
			String href) {

		static DocumentResponse of(AgreementDocument document) {
			return new DocumentResponse(document.id(), document.fileName(), document.contentType(), document.size(),
					document.sha256(), document.uploadedAt(), AgreementsApi.href(document));
		}
	}

}
