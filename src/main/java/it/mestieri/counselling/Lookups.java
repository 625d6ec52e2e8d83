package it.mestieri.counselling;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import it.mestieri.centre.Area;
import it.mestieri.centre.AreaId;
import it.mestieri.centre.CentreDirectory;
import it.mestieri.centre.Desk;
import it.mestieri.centre.DeskId;
import it.mestieri.centre.Topic;
import it.mestieri.centre.TopicId;
import it.mestieri.identity.StaffDirectory;
import it.mestieri.identity.StaffId;
import it.mestieri.identity.StaffMember;
import it.mestieri.partners.Partner;
import it.mestieri.partners.PartnerId;
import it.mestieri.partners.Partners;

/**
 * Names and codes of what records refer to by id, for the pages and the API: read once
 * per request ({@link #names()}), however many records it shows.
 */
@Component
class Lookups {

	private final CentreDirectory centre;

	private final Partners partners;

	private final StaffDirectory staff;

	private final Handouts resources;

	Lookups(CentreDirectory centre, Partners partners, StaffDirectory staff, Handouts resources) {
		this.centre = centre;
		this.partners = partners;
		this.staff = staff;
		this.resources = resources;
	}

	Names names() {
		return new Names(centre.topics().stream().collect(Collectors.toMap(Topic::id, Function.identity())),
				resources.all().stream().collect(Collectors.toMap(Handout::id, Function.identity())),
				partners.all().stream().collect(Collectors.toMap(Partner::id, Partner::name)),
				centre.desks().stream().collect(Collectors.toMap(Desk::id, Desk::name)), centre, staff);
	}

	/** What the records of one request refer to. */
	static final class Names {

		private final Map<TopicId, Topic> topics;

		private final Map<HandoutId, Handout> resources;

		private final Map<PartnerId, String> partners;

		private final Map<DeskId, String> desks;

		private final CentreDirectory centre;

		private final StaffDirectory staff;

		private final Map<StaffId, StaffMember> members = new HashMap<>();

		private Names(Map<TopicId, Topic> topics, Map<HandoutId, Handout> resources, Map<PartnerId, String> partners,
				Map<DeskId, String> desks, CentreDirectory centre, StaffDirectory staff) {
			this.topics = topics;
			this.resources = resources;
			this.partners = partners;
			this.desks = desks;
			this.centre = centre;
			this.staff = staff;
		}

		List<Topic> topics(List<TopicId> ids) {
			return ids.stream().map(topics::get).filter(Objects::nonNull).toList();
		}

		List<Handout> resources(List<HandoutId> ids) {
			return ids.stream().map(resources::get).filter(Objects::nonNull).toList();
		}

		Area area(AreaId id) {
			return centre.area(id);
		}

		String desk(DeskId id) {
			return desks.getOrDefault(id, "#" + id.value());
		}

		String partner(PartnerId id) {
			return id == null ? null : partners.getOrDefault(id, "#" + id.value());
		}

		String username(StaffId id) {
			StaffMember member = member(id);
			return member == null ? "#" + id.value() : member.username();
		}

		String displayName(StaffId id) {
			StaffMember member = member(id);
			return member == null ? "#" + id.value() : member.displayName();
		}

		private StaffMember member(StaffId id) {
			return members.computeIfAbsent(id, key -> staff.find(key).orElse(null));
		}

	}

}
