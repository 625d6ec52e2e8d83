package it.mestieri.calendar;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import it.mestieri.centre.Area;
import it.mestieri.centre.AreaId;
import it.mestieri.centre.CentreDirectory;
import it.mestieri.partners.Partner;
import it.mestieri.partners.Partners;

/** The names of what events point at in other modules: areas and partners. */
@Component
class EventReferences {

	private final CentreDirectory centre;

	private final Partners partners;

	EventReferences(CentreDirectory centre, Partners partners) {
		this.centre = centre;
		this.partners = partners;
	}

	/**
	 * The area with that code, for forms and the API; blank gives null, an unknown code a
	 * 400.
	 */
	Long areaCode(String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		return centre.requireArea(code.strip()).id().value();
	}

	String areaCodeOf(Long id) {
		return id == null ? null
				: centre.areas()
					.stream()
					.filter(area -> area.id().equals(new AreaId(id)))
					.map(Area::code)
					.findFirst()
					.orElse(null);
	}

	String areaName(Long id, Locale locale) {
		return id == null ? null
				: centre.areas()
					.stream()
					.filter(area -> area.id().equals(new AreaId(id)))
					.map(area -> area.name(locale))
					.findFirst()
					.orElse(null);
	}

	List<Area> areas() {
		return centre.areas();
	}

	List<Partner> partners() {
		return partners.all();
	}

	/** Partner names by id, read once for a list. */
	Map<Long, String> partnerNames() {
		return partners.all().stream().collect(Collectors.toMap(partner -> partner.id().value(), Partner::name));
	}

}
