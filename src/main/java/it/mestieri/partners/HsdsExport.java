package it.mestieri.partners;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import it.mestieri.centre.Area;
import it.mestieri.centre.CentreDirectory;
import it.mestieri.centre.OpeningHours;
import it.mestieri.centre.Site;
import it.mestieri.shared.CentreClock;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The centre's partners as Open Referral HSDS 3.0 JSON, for anyone to read.
 *
 * <p>
 * The document is the paginated list envelope of the HSDS OpenAPI description
 * ({@code Page}: {@code total_items}, {@code total_pages}, {@code page_number},
 * {@code size}, {@code first_page}, {@code last_page}, {@code empty}, {@code contents})
 * holding every partner in one page, and each item of {@code contents} is a <em>fully
 * nested</em> organization, valid against the compiled {@code organization} schema as
 * {@code GET /organizations/{id}} returns it. This is the shape the specification
 * supports best for exchanging a whole dataset: the list operations' items
 * ({@code organization_list}) carry only one-to-one fields and would lose the services,
 * and a bare array is no HSDS shape at all, while a page of full organizations keeps
 * everything (services, their locations and schedules, the attributes that carry our own
 * codes) and is read by HSDS tools that page through {@code /organizations}. Nothing is
 * linked by reference only, so each organization can be validated and imported on its
 * own.
 *
 * <p>
 * Per partner: the organization (stable UUID, name, description, email, website, phone,
 * and its kind as an attribute in the taxonomy {@value HsdsIds#KIND_TAXONOMY}); one
 * service per area it serves, named after the area and the partner, {@code active} or
 * {@code inactive} by the active period, with the area as an attribute in the taxonomy
 * {@value HsdsIds#AREA_TAXONOMY}; and for each service a {@code service_at_location} per
 * site of the centre with the full location: name, physical address (Rome, Lazio, Italy)
 * and the weekly opening hours as HSDS schedules (iCalendar {@code WEEKLY} with
 * {@code byday}). Times are Rome's local time without an offset, because the offset
 * changes with daylight saving; the schedule's description says so.
 */
@Service
class HsdsExport {

	static final String REGION = "Lazio";
	static final String PROVINCE = "RM";
	static final String CITY = "Roma";
	static final String COUNTRY = "IT";

	private static final Pattern STREET_POSTCODE_CITY = Pattern.compile("^(.+?),?\\s+(\\d{5})\\s+(.+)$");

	private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final Partners partners;

	private final CentreDirectory centre;

	private final CentreClock clock;

	private final MessageSource messages;

	private final JsonNodeFactory json = JsonNodeFactory.instance;

	HsdsExport(Partners partners, CentreDirectory centre, CentreClock clock, MessageSource messages) {
		this.partners = partners;
		this.centre = centre;
		this.clock = clock;
		this.messages = messages;
	}

	/** Every partner, in one page, with texts in {@code locale}. */
	ObjectNode export(Locale locale) {
		List<ObjectNode> organizations = partners.all().stream().map(partner -> organization(partner, locale)).toList();
		ObjectNode page = json.objectNode();
		page.put("total_items", organizations.size());
		page.put("total_pages", 1);
		page.put("page_number", 1);
		page.put("size", organizations.size());
		page.put("first_page", true);
		page.put("last_page", true);
		page.put("empty", organizations.isEmpty());
		ArrayNode contents = page.putArray("contents");
		organizations.forEach(contents::add);
		return page;
	}

	ObjectNode organization(Partner partner, Locale locale) {
		String id = HsdsIds.organization(partner.id());
		String kind = text("partners.partnerKind." + partner.kind().name(), locale);
		ObjectNode organization = json.objectNode();
		organization.put("id", id);
		organization.put("name", partner.name());
		organization.put("description", text("partners.hsds.organization.description", locale, kind));
		email(partner).ifPresent(email -> organization.put("email", email));
		website(partner).ifPresent(website -> organization.put("website", website));
		if (partner.phone() != null && !partner.phone().isBlank()) {
			ObjectNode phone = organization.putArray("phones").addObject();
			phone.put("id", HsdsIds.phone(id));
			phone.put("organization_id", id);
			phone.put("number", partner.phone());
		}
		organization.putArray("attributes")
			.add(attribute(id, "organization", HsdsIds.KIND_TAXONOMY, partner.kind().name(), kind,
					text("partners.hsds.taxonomy.kind", locale), locale));
		ArrayNode services = organization.putArray("services");
		LocalDate today = clock.today();
		centre.areas()
			.stream()
			.filter(area -> partner.areas().contains(area.id()))
			.forEach(area -> services.add(service(partner, id, area, partner.activeOn(today), locale)));
		return organization;
	}

	private ObjectNode service(Partner partner, String organization, Area area, boolean active, Locale locale) {
		String id = HsdsIds.service(partner.id(), area);
		String areaName = area.name(locale);
		ObjectNode service = json.objectNode();
		service.put("id", id);
		service.put("organization_id", organization);
		service.put("name", areaName + " – " + partner.name());
		service.put("description", text("partners.hsds.service.description", locale, areaName, partner.name()));
		website(partner).ifPresent(website -> service.put("url", website));
		email(partner).ifPresent(email -> service.put("email", email));
		service.put("status", active ? "active" : "inactive");
		if (partner.phone() != null && !partner.phone().isBlank()) {
			ObjectNode phone = service.putArray("phones").addObject();
			phone.put("id", HsdsIds.phone(id));
			phone.put("service_id", id);
			phone.put("number", partner.phone());
		}
		service.putArray("attributes")
			.add(attribute(id, "service", HsdsIds.AREA_TAXONOMY, area.code(), areaName,
					text("partners.hsds.taxonomy.area", locale), locale));
		ArrayNode atLocations = service.putArray("service_at_locations");
		for (Site site : centre.sites()) {
			ObjectNode atLocation = atLocations.addObject();
			atLocation.put("id", HsdsIds.serviceAtLocation(id, site));
			atLocation.put("service_id", id);
			atLocation.put("location_id", HsdsIds.location(site));
			atLocation.set("location", location(site, locale));
		}
		return service;
	}

	ObjectNode location(Site site, Locale locale) {
		String id = HsdsIds.location(site);
		ObjectNode location = json.objectNode();
		location.put("id", id);
		location.put("location_type", "physical");
		location.put("name", site.name());
		location.put("description", text("partners.hsds.location.description", locale));
		ObjectNode address = location.putArray("addresses").addObject();
		address.put("id", HsdsIds.address(site));
		address.put("location_id", id);
		Matcher parts = STREET_POSTCODE_CITY.matcher(site.address().trim());
		boolean parsed = parts.matches();
		address.put("address_1", parsed ? parts.group(1).trim() : site.address().trim());
		address.put("city", parsed ? parts.group(3).trim() : CITY);
		address.put("region", REGION);
		address.put("state_province", PROVINCE);
		address.put("postal_code", parsed ? parts.group(2) : "");
		address.put("country", COUNTRY);
		address.put("address_type", "physical");
		ArrayNode schedules = location.putArray("schedules");
		weeklyIntervals(site).forEach((interval, days) -> {
			String byday = days.stream().map(day -> day.name().substring(0, 2)).collect(Collectors.joining(","));
			String opens = interval.get(0).format(HH_MM);
			String closes = interval.get(1).format(HH_MM);
			ObjectNode schedule = schedules.addObject();
			schedule.put("id", HsdsIds.schedule(site, byday, opens));
			schedule.put("location_id", id);
			schedule.put("freq", "WEEKLY");
			schedule.put("wkst", "MO");
			schedule.put("byday", byday);
			schedule.put("opens_at", opens);
			schedule.put("closes_at", closes);
			schedule.put("description",
					text("partners.hsds.schedule.description", locale,
							days.stream()
								.map(day -> day.getDisplayName(TextStyle.FULL, locale))
								.collect(Collectors.joining(", ")),
							opens, closes));
			schedule.put("attending_type", text("partners.hsds.schedule.attending", locale));
		});
		return location;
	}

	/**
	 * The site's opening intervals, each with the weekdays it applies to, in the week's
	 * order.
	 */
	private static Map<List<LocalTime>, List<java.time.DayOfWeek>> weeklyIntervals(Site site) {
		Map<List<LocalTime>, List<java.time.DayOfWeek>> intervals = new LinkedHashMap<>();
		site.hours()
			.stream()
			.sorted(java.util.Comparator.comparing(OpeningHours::opens).thenComparing(OpeningHours::day))
			.forEach(hours -> intervals
				.computeIfAbsent(List.of(hours.opens(), hours.closes()), k -> new java.util.ArrayList<>())
				.add(hours.day()));
		return intervals;
	}

	private ObjectNode attribute(String owner, String entity, String taxonomy, String code, String name,
			String taxonomyDescription, Locale locale) {
		String term = HsdsIds.term(taxonomy, code);
		ObjectNode attribute = json.objectNode();
		attribute.put("id", HsdsIds.attribute(owner, taxonomy));
		attribute.put("link_id", owner);
		attribute.put("link_type", taxonomy);
		attribute.put("link_entity", entity);
		attribute.put("taxonomy_term_id", term);
		attribute.put("value", code);
		ObjectNode taxonomyTerm = attribute.putObject("taxonomy_term");
		taxonomyTerm.put("id", term);
		taxonomyTerm.put("code", code);
		taxonomyTerm.put("name", name);
		taxonomyTerm.put("description", name);
		taxonomyTerm.put("taxonomy", taxonomy);
		taxonomyTerm.put("taxonomy_id", HsdsIds.taxonomy(taxonomy));
		taxonomyTerm.put("language", locale.getLanguage());
		ObjectNode detail = taxonomyTerm.putObject("taxonomy_detail");
		detail.put("id", HsdsIds.taxonomy(taxonomy));
		detail.put("name", taxonomy);
		detail.put("description", taxonomyDescription);
		detail.put("version", "1");
		return attribute;
	}

	/**
	 * The website as an absolute address (HSDS asks for a URI): a bare host gets https.
	 */
	static java.util.Optional<String> website(Partner partner) {
		if (partner.website() == null || partner.website().isBlank()) {
			return java.util.Optional.empty();
		}
		String website = partner.website().trim();
		if (!website.contains("://")) {
			website = "https://" + website;
		}
		try {
			URI uri = new URI(website);
			return uri.isAbsolute() && uri.getHost() != null ? java.util.Optional.of(website)
					: java.util.Optional.empty();
		}
		catch (URISyntaxException ex) {
			return java.util.Optional.empty();
		}
	}

	static java.util.Optional<String> email(Partner partner) {
		return java.util.Optional.ofNullable(partner.email())
			.map(String::trim)
			.filter(email -> EMAIL.matcher(email).matches());
	}

	private String text(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

}
