package it.mestieri.counselling;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import it.mestieri.centre.Area;
import it.mestieri.centre.AreaId;
import it.mestieri.centre.CentreDirectory;
import it.mestieri.centre.DeskId;
import it.mestieri.centre.Topic;
import it.mestieri.centre.TopicId;
import it.mestieri.identity.StaffDirectory;
import it.mestieri.identity.StaffId;
import it.mestieri.identity.StaffMember;
import it.mestieri.partners.Partner;
import it.mestieri.partners.PartnerId;
import it.mestieri.partners.Partners;

/** Names and codes of what a record refers to by id, for the pages and the API. */
@Component
class Lookups {

	private final CentreDirectory centre;
	private final Partners partners;
	private final StaffDirectory staff;
	private final Resources resources;

	Lookups(CentreDirectory centre, Partners partners, StaffDirectory staff, Resources resources) {
		this.centre = centre;
		this.partners = partners;
		this.staff = staff;
		this.resources = resources;
	}

	List<Topic> topics(List<TopicId> ids) {
		Map<TopicId, Topic> all = centre.topics().stream().collect(Collectors.toMap(Topic::id, Function.identity()));
		return ids.stream().map(all::get).filter(java.util.Objects::nonNull).toList();
	}

	List<Resource> resources(List<ResourceId> ids) {
		Map<ResourceId, Resource> all = resources.all().stream()
			.collect(Collectors.toMap(Resource::id, Function.identity()));
		return ids.stream().map(all::get).filter(java.util.Objects::nonNull).toList();
	}

	Area area(AreaId id) {
		return centre.area(id);
	}

	String deskName(DeskId id) {
		return centre.desks().stream().filter(desk -> desk.id().equals(id)).map(it.mestieri.centre.Desk::name)
			.findFirst().orElse("#" + id.value());
	}

	String partnerName(PartnerId id) {
		if (id == null) {
			return null;
		}
		return partners.all().stream().filter(partner -> partner.id().equals(id)).map(Partner::name).findFirst()
			.orElse("#" + id.value());
	}

	StaffMember staff(StaffId id) {
		return staff.find(id).orElse(null);
	}

	String username(StaffId id) {
		return staff.find(id).map(StaffMember::username).orElse("#" + id.value());
	}

	String displayName(StaffId id) {
		return staff.find(id).map(StaffMember::displayName).orElse("#" + id.value());
	}
}
