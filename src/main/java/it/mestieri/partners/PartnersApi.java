package it.mestieri.partners;

import java.time.LocalDate;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.mestieri.centre.Area;
import it.mestieri.centre.CentreDirectory;

@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Partners", description = "The partner organisations of the centre")
class PartnersApi {

	private final Partners partners;

	private final CentreDirectory centre;

	PartnersApi(Partners partners, CentreDirectory centre) {
		this.partners = partners;
		this.centre = centre;
	}

	@GetMapping("/partners")
	@Operation(summary = "The partner organisations, with their kind and the areas they serve (public)")
	List<PartnerResponse> partners() {
		return partners.all()
			.stream()
			.map(partner -> new PartnerResponse(partner.id().value(), partner.name(), partner.kind(), partner.website(),
					partner.email(), partner.phone(),
					centre.areas()
						.stream()
						.filter(area -> partner.areas().contains(area.id()))
						.map(Area::code)
						.toList(),
					partner.activeFrom(), partner.activeTo()))
			.toList();
	}

	record PartnerResponse(long id, String name, PartnerKind kind, String website, String email, String phone,
			List<String> areas, LocalDate activeFrom, LocalDate activeTo) {
	}

}
