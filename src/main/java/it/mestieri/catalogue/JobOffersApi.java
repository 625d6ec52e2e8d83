package it.mestieri.catalogue;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;

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
import io.swagger.v3.oas.annotations.tags.Tag;
import it.mestieri.shared.Bands;

@RestController
@RequestMapping(path = "/api/v1/job-offers", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Job offers", description = "Job offers of the catalogue: open ones read by anyone, all of them and the "
		+ "writes by the coordinator; an offer is hidden from the public the day after it expires")
class JobOffersApi {

	private final JobOffers offers;

	private final ItemReferences references;

	private final Viewer viewer;

	JobOffersApi(JobOffers offers, ItemReferences references, Viewer viewer) {
		this.offers = offers;
		this.references = references;
		this.viewer = viewer;
	}

	@GetMapping
	@Operation(summary = "Open job offers, one page at a time (public); the coordinator may ask for expired ones too")
	PageResponse<OfferResponse> list(
			@Parameter(description = "words in the title, description, employer or place") @RequestParam(
					required = false) String q,
			@Parameter(description = "an area code, such as LAVORO") @RequestParam(required = false) String area,
			@Parameter(
					description = "PERMANENT, FIXED_TERM, APPRENTICESHIP, INTERNSHIP, TEMPORARY, SELF_EMPLOYED or OTHER") @RequestParam(
							required = false) String contractType,
			@Parameter(
					description = "coordinator only: true lists expired and not yet published offers too") @RequestParam(
							defaultValue = "false") boolean expired,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		boolean openOnly = !(expired && viewer.isCoordinator());
		return PageResponse.of(offers
			.list(new JobOffers.Filter(q, references.areaCode(area),
					Bands.parse(ContractType.class, contractType, "contractType"), openOnly), page, size)
			.map(this::response));
	}

	@GetMapping("/{id}")
	@Operation(summary = "A job offer (public while open; an expired one is a 404 except for the coordinator)")
	OfferResponse get(@PathVariable long id) {
		return response(viewer.isCoordinator() ? offers.get(id) : offers.open(id));
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Add a job offer (COORDINATOR): employer, title, place, contract type, publication and "
			+ "expiry days in order; target occupation as an ESCO URI")
	ResponseEntity<OfferResponse> create(@RequestBody OfferRequest request) {
		JobOffer offer = offers.create(request.draft(references));
		return ResponseEntity.created(URI.create("/api/v1/job-offers/" + offer.id())).body(response(offer));
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Change a job offer (COORDINATOR); a stale version is refused with 409 and nothing changes")
	OfferResponse update(@PathVariable long id, @RequestBody OfferRequest request) {
		return response(offers.update(id, request.version(), request.draft(references)));
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Delete a job offer (COORDINATOR)")
	ResponseEntity<Void> delete(@PathVariable long id) {
		offers.delete(id);
		return ResponseEntity.noContent().build();
	}

	OfferResponse response(JobOffer offer) {
		return new OfferResponse(offer.id(), offer.version(), offer.title(), offer.description(), offer.employer(),
				offer.place(), offer.contractType(), offer.workingTime(), references.areaCodeOf(offer.areaId()),
				offer.occupationUri(), offer.language(), offer.publishedOn(), offer.expiresOn(),
				offer.expiredOn(offers.today()), offer.url(), "/offers/" + offer.id(), offer.updatedAt());
	}

	record OfferRequest(Long version, String title, String description, String employer, String place,
			String contractType, String workingTime, String area, String occupation, String language,
			LocalDate publishedOn, LocalDate expiresOn, String url) {

		JobOffers.Draft draft(ItemReferences references) {
			return new JobOffers.Draft(employer, title, description, place,
					Bands.parse(ContractType.class, contractType, "contractType"),
					Bands.parse(WorkingTime.class, workingTime, "workingTime"), references.areaCode(area), occupation,
					language, publishedOn, expiresOn, url);
		}
	}

	record OfferResponse(long id, long version, String title, String description, String employer, String place,
			ContractType contractType, String workingTime, String area, String occupation, String language,
			LocalDate publishedOn, LocalDate expiresOn, boolean expired, String url, String page, Instant updatedAt) {
	}

}
