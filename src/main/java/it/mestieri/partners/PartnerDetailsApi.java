package it.mestieri.partners;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.mestieri.centre.Area;
import it.mestieri.centre.AreaId;
import it.mestieri.centre.CentreDirectory;
import it.mestieri.identity.StaffDirectory;
import it.mestieri.identity.StaffMember;
import it.mestieri.shared.Bands;
import it.mestieri.shared.DomainException;

@RestController
@RequestMapping(path = "/api/v1/partners", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Partners", description = "The partner organisations of the centre")
class PartnerDetailsApi {

	private final Partners partners;

	private final Contributions contributions;

	private final PartnerScope scope;

	private final CentreDirectory centre;

	private final StaffDirectory staff;

	PartnerDetailsApi(Partners partners, Contributions contributions, PartnerScope scope, CentreDirectory centre,
			StaffDirectory staff) {
		this.partners = partners;
		this.contributions = contributions;
		this.scope = scope;
		this.centre = centre;
		this.staff = staff;
	}

	@GetMapping("/{id}")
	@Operation(summary = "A partner with its members (COORDINATOR; PARTNER_COORDINATOR for their own partner only)")
	PartnerDetails partner(@PathVariable long id) {
		return details(scope.partner(new PartnerId(id)));
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Add a partner organisation (COORDINATOR)")
	ResponseEntity<PartnerDetails> add(@Valid @RequestBody PartnerRequest request) {
		PartnerId id = partners.add(request.name(), request.partnerKind(), request.website(), request.email(),
				request.phone(), areas(request.areas()), request.activeFrom(), request.activeTo());
		return ResponseEntity.created(URI.create("/api/v1/partners/" + id.value())).body(details(partners.partner(id)));
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Change a partner's details, active period included (COORDINATOR). Send the version you "
			+ "read: if someone saved the partner since, nothing is saved and the answer is 409")
	PartnerDetails update(@PathVariable long id, @Valid @RequestBody PartnerRequest request) {
		if (request.version() == null) {
			throw DomainException.invalid("partners.field.required", Checks.FIELDS.field("version"));
		}
		return details(partners.update(new PartnerId(id), request.version(), request.name(), request.partnerKind(),
				request.website(), request.email(), request.phone(), areas(request.areas()), request.activeFrom(),
				request.activeTo()));
	}

	@GetMapping("/{id}/contributions")
	@Operation(
			summary = "Resources the partner delivered, the latest first (COORDINATOR; PARTNER_COORDINATOR for their own partner)")
	List<ContributionResponse> contributions(@PathVariable long id) {
		Partner partner = scope.partner(new PartnerId(id));
		return contributions.of(partner.id()).stream().map(ContributionResponse::of).toList();
	}

	@PostMapping(path = "/{id}/contributions", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(
			summary = "Record a resource the partner delivered: MONEY, DOCUMENTATION, PREMISES or OTHER (COORDINATOR)")
	ResponseEntity<ContributionResponse> record(@PathVariable long id,
			@Valid @RequestBody ContributionRequest request) {
		Contribution recorded = contributions.record(new PartnerId(id),
				new Contributions.Entry(Bands.parse(CommitmentKind.class, request.kind(), "kind"), request.quantity(),
						request.unit(), request.deliveredOn(),
						request.agreement() == null ? null : new AgreementId(request.agreement()), request.note()));
		return ResponseEntity.created(URI.create("/api/v1/partners/" + id + "/contributions"))
			.body(ContributionResponse.of(recorded));
	}

	private Set<AreaId> areas(List<String> codes) {
		Set<AreaId> areas = new LinkedHashSet<>();
		if (codes != null) {
			codes.forEach(code -> areas.add(centre.requireArea(code).id()));
		}
		return areas;
	}

	private PartnerDetails details(Partner partner) {
		List<MemberResponse> members = partners.members(partner.id()).stream().map(member -> {
			StaffMember account = staff.find(member.staff()).orElse(null);
			return new MemberResponse(member.staff().value(), account == null ? null : account.username(),
					account == null ? null : account.displayName(), member.namePublic());
		}).toList();
		return new PartnerDetails(partner.id().value(), partner.name(), partner.kind(), partner.website(),
				partner.email(), partner.phone(),
				centre.areas().stream().filter(area -> partner.areas().contains(area.id())).map(Area::code).toList(),
				partner.activeFrom(), partner.activeTo(), partner.version(), members);
	}

	/**
	 * A new partner, or the change of one: {@code version} (as last read) is required to
	 * change one.
	 */
	record PartnerRequest(String name, String kind, String website, String email, String phone, List<String> areas,
			LocalDate activeFrom, LocalDate activeTo, Long version) {

		PartnerKind partnerKind() {
			return Bands.parse(PartnerKind.class, kind, "kind");
		}
	}

	record PartnerDetails(long id, String name, PartnerKind kind, String website, String email, String phone,
			List<String> areas, LocalDate activeFrom, LocalDate activeTo, long version, List<MemberResponse> members) {
	}

	record MemberResponse(long staffId, String username, String displayName, boolean namePublic) {
	}

	record ContributionRequest(String kind, BigDecimal quantity, String unit, LocalDate deliveredOn, Long agreement,
			String note) {
	}

	record ContributionResponse(long id, long partner, CommitmentKind kind, BigDecimal quantity, String unit,
			LocalDate deliveredOn, Long agreement, String note, Long recordedBy, Instant recordedAt) {

		static ContributionResponse of(Contribution contribution) {
			return new ContributionResponse(contribution.id(), contribution.partner().value(), contribution.kind(),
					contribution.quantity(), contribution.unit(), contribution.deliveredOn(),
					contribution.agreement() == null ? null : contribution.agreement().value(), contribution.note(),
					contribution.recordedBy() == null ? null : contribution.recordedBy().value(),
					contribution.recordedAt());
		}
	}

}
