package it.mestieri.catalogue;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.stereotype.Component;

import it.mestieri.centre.Area;
import it.mestieri.centre.AreaId;
import it.mestieri.centre.CentreDirectory;
import it.mestieri.centre.TopicId;
import it.mestieri.partners.Partner;
import it.mestieri.partners.PartnerId;
import it.mestieri.partners.Partners;
import it.mestieri.shared.DomainException;

/**
 * What catalogue items point at in other modules (areas, topics, partners), checked to
 * exist.
 */
@Component
class ItemReferences {

	private final CentreDirectory centre;

	private final Partners partners;

	ItemReferences(CentreDirectory centre, Partners partners) {
		this.centre = centre;
		this.partners = partners;
	}

	Long area(Long id) {
		if (id == null) {
			return null;
		}
		if (centre.areas().stream().noneMatch(area -> area.id().value() == id)) {
			throw DomainException.invalid("resources.area.unknown", String.valueOf(id));
		}
		return id;
	}

	Set<Long> areas(Collection<Long> ids) {
		Set<Long> checked = new LinkedHashSet<>();
		if (ids != null) {
			ids.stream().map(this::area).filter(id -> id != null).forEach(checked::add);
		}
		return checked;
	}

	Set<Long> topics(Collection<Long> ids) {
		Set<Long> checked = new LinkedHashSet<>();
		if (ids != null) {
			for (Long id : ids) {
				if (id != null) {
					centre.topic(new TopicId(id))
						.orElseThrow(() -> DomainException.invalid("resources.topic.unknown", String.valueOf(id)));
					checked.add(id);
				}
			}
		}
		return checked;
	}

	Partner partner(long id) {
		return partners.all()
			.stream()
			.filter(partner -> partner.id().value() == id)
			.findFirst()
			.orElseThrow(() -> DomainException.invalid("resources.partner.unknown", String.valueOf(id)));
	}

	/**
	 * A partner whose name is this one, ignoring case (an imported course's provider).
	 */
	java.util.Optional<Partner> partnerNamed(String name) {
		return partners.all().stream().filter(partner -> partner.name().equalsIgnoreCase(name.strip())).findFirst();
	}

	/** The area with that code, for forms and the API; blank gives null. */
	Long areaCode(String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		return centre.requireArea(code.strip()).id().value();
	}

	String areaCodeOf(Long id) {
		return id == null ? null : centre.area(new AreaId(id)).code();
	}

	java.util.List<Area> allAreas() {
		return centre.areas();
	}

	String partnerName(PartnerId id) {
		return partners.partner(id).name();
	}

}
