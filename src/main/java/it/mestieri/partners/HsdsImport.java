package it.mestieri.partners;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import it.mestieri.centre.Area;
import it.mestieri.centre.AreaId;
import it.mestieri.centre.CentreDirectory;
import it.mestieri.partners.HsdsSchemas.Kind;
import it.mestieri.partners.HsdsSchemas.Violation;
import it.mestieri.shared.CentreClock;
import it.mestieri.shared.DomainException;
import it.mestieri.shared.SecurityLog;
import it.mestieri.shared.Uploads;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Partners from an Open Referral HSDS 3.0 JSON file: our own export (a page of
 * organizations), a single organization, service, service_at_location or location
 * document (as the official examples are), one of the specification's list pages, or a
 * JSON array of such documents.
 *
 * <p>
 * First the whole file is checked against the HSDS schemas; if anything is wrong, nothing
 * is changed and every error is reported with its JSON pointer. Then, in one transaction,
 * each organization becomes a partner: found by our stable UUID ({@link HsdsIds}), else
 * by name (ignoring case), else created. Its kind comes from our
 * {@value HsdsIds#KIND_TAXONOMY} attribute (a new partner without one is
 * {@link PartnerKind#OTHER}, an existing one keeps its kind); the areas it serves from
 * its services, by our {@value HsdsIds#AREA_TAXONOMY} attribute or by a service named
 * after an area (its code or its Italian or English name, alone or before " – "); its
 * active period from the services' status (any {@code active} makes it active today, none
 * ends it yesterday). An organization without a {@code services} field keeps its areas
 * and period. A service alone adds its area to its organization's. Locations are the
 * centre's own sites and are never imported. A re-import of our own export changes
 * nothing.
 */
@Service
class HsdsImport {

	/** The largest file accepted, in bytes. */
	static final int MAX_BYTES = 5 * 1024 * 1024;

	static final String MAX_SIZE = "5 MB";

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.build();

	/** What an import did: how many partners, and what it created or changed of each. */
	record Report(int created, int updated, int unchanged, List<Skipped> skipped,
			List<Change> changes) implements Serializable {
	}

	/**
	 * A partner the import created, or changed, with the fields it changed (none for a
	 * new one).
	 */
	record Change(String partner, boolean created, List<FieldChange> fields) implements Serializable {
	}

	/**
	 * One field of a partner, before and after the import, as the reader reads them;
	 * {@code field} is the field's name in the partners bundle
	 * ({@code partners.field.<field>}).
	 */
	record FieldChange(String field, String before, String after) implements Serializable {
	}

	/**
	 * An organization or document left alone, and why (a message of the partners bundle,
	 * with its arguments).
	 */
	record Skipped(String name, String reason, List<String> arguments) implements Serializable {
	}

	/** The file is not valid HSDS: nothing was changed. */
	static final class InvalidDocument extends DomainException {

		private final transient List<Violation> violations;

		InvalidDocument(List<Violation> violations) {
			super(HttpStatus.BAD_REQUEST, "partners.hsds.invalid", violations.size());
			this.violations = List.copyOf(violations);
		}

		List<Violation> violations() {
			return violations;
		}

	}

	private final HsdsSchemas schemas;

	private final Partners partners;

	private final CentreDirectory centre;

	private final CentreClock clock;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final TransactionTemplate transaction;

	HsdsImport(HsdsSchemas schemas, Partners partners, CentreDirectory centre, CentreClock clock, JdbcClient jdbc,
			MessageSource messages, PlatformTransactionManager transactions) {
		this.schemas = schemas;
		this.partners = partners;
		this.centre = centre;
		this.clock = clock;
		this.jdbc = jdbc;
		this.messages = messages;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * Reads at most {@link #MAX_BYTES} of an upload; more is refused with 413. A body
	 * declared far larger is refused before reading; one just over the limit is read up
	 * to it, so that the answer reaches a client still sending.
	 */
	static byte[] read(InputStream in, long declaredLength) throws IOException {
		return Uploads.readAtMost(in, declaredLength, MAX_BYTES, "partners.hsds.tooLarge", MAX_SIZE);
	}

	/**
	 * Checks the file, then imports it in one transaction; validation messages in
	 * {@code locale}.
	 */
	Report importFile(byte[] file, Locale locale) {
		List<Candidate> candidates = new ArrayList<>();
		List<Skipped> skipped = new ArrayList<>();
		read(parse(file), locale, candidates, skipped);
		Report report = transaction.execute(status -> apply(candidates, skipped, locale));
		SecurityLog.event("hsds.imported", "created", report.created(), "updated", report.updated(), "by",
				SecurityLog.actor());
		return report;
	}

	private static JsonNode parse(byte[] file) {
		try {
			JsonNode root = JSON.readTree(file);
			if (root == null || root.isMissingNode()) {
				throw DomainException.invalid("partners.hsds.empty");
			}
			return root;
		}
		catch (JacksonException ex) {
			TokenStreamLocation where = ex.getLocation();
			throw DomainException.invalid("partners.hsds.malformed", where == null ? 1 : where.getLineNr(),
					where == null ? 1 : where.getColumnNr());
		}
	}

	/** Validates every document of the file and turns the valid ones into candidates. */
	private void read(JsonNode root, Locale locale, List<Candidate> candidates, List<Skipped> skipped) {
		List<Violation> violations = new ArrayList<>();
		Map<String, JsonNode> documents = new LinkedHashMap<>();
		if (root.isObject() && root.has("contents")) {
			violations.addAll(schemas.validate(Kind.PAGE, root, "", locale));
			JsonNode contents = root.get("contents");
			if (!contents.isArray()) {
				violations.add(new Violation("/contents", text("partners.hsds.notAList", locale)));
			}
			else {
				for (int i = 0; i < contents.size(); i++) {
					documents.put("/contents/" + i, contents.get(i));
				}
			}
		}
		else if (root.isArray()) {
			for (int i = 0; i < root.size(); i++) {
				documents.put("/" + i, root.get(i));
			}
		}
		else {
			documents.put("", root);
		}
		Map<String, Kind> kinds = new LinkedHashMap<>();
		documents.forEach((pointer, document) -> {
			Optional<Kind> kind = kindOf(document);
			if (kind.isEmpty()) {
				violations.add(new Violation(pointer, text("partners.hsds.unknownDocument", locale)));
			}
			else if (violations.size() < HsdsSchemas.MAX_ERRORS) {
				kinds.put(pointer, kind.get());
				violations.addAll(schemas.validate(kind.get(), document, pointer, locale));
			}
		});
		if (!violations.isEmpty()) {
			throw new InvalidDocument(violations.subList(0, Math.min(violations.size(), HsdsSchemas.MAX_ERRORS)));
		}
		Map<String, Candidate> byOrganization = new LinkedHashMap<>();
		kinds.forEach((pointer, kind) -> {
			JsonNode document = documents.get(pointer);
			switch (kind) {
				case ORGANIZATION -> merge(byOrganization, Candidate.of(document, false));
				case SERVICE -> service(document, byOrganization, skipped);
				case SERVICE_AT_LOCATION -> {
					if (document.path("service").isObject()) {
						service(document.get("service"), byOrganization, skipped);
					}
					else {
						skipped.add(new Skipped(document.path("id").asString(), "partners.hsds.skip.serviceAtLocation",
								List.of()));
					}
				}
				case LOCATION ->
					skipped.add(new Skipped(document.path("name").stringValue(document.path("id").asString()),
							"partners.hsds.skip.location", List.of()));
				case PAGE -> throw new IllegalStateException("a page inside a page was not recognised as a document");
			}
		});
		candidates.addAll(byOrganization.values());
	}

	private static void service(JsonNode service, Map<String, Candidate> byOrganization, List<Skipped> skipped) {
		JsonNode organization = service.path("organization");
		String organizationId = service.path("organization_id").stringValue(null);
		if (organization.isObject()) {
			Candidate candidate = Candidate.of(organization, true);
			candidate.services = new ArrayList<>(List.of(service));
			merge(byOrganization, candidate);
		}
		else if (organizationId != null) {
			merge(byOrganization, Candidate.reference(organizationId, service));
		}
		else {
			skipped.add(new Skipped(service.path("name").asString(), "partners.hsds.skip.serviceWithoutOrganization",
					List.of()));
		}
	}

	private static void merge(Map<String, Candidate> byOrganization, Candidate candidate) {
		Candidate already = byOrganization.get(candidate.id);
		if (already == null) {
			byOrganization.put(candidate.id, candidate);
			return;
		}
		boolean complete = already.complete() || candidate.complete();
		if (!already.described && candidate.described) {
			candidate.services = concat(candidate.services, already.services);
			candidate.partial = !complete;
			byOrganization.put(candidate.id, candidate);
		}
		else {
			already.services = concat(already.services, candidate.services);
			already.partial = !complete;
		}
	}

	private static List<JsonNode> concat(List<JsonNode> first, List<JsonNode> second) {
		if (first == null && second == null) {
			return null;
		}
		List<JsonNode> all = new ArrayList<>();
		Optional.ofNullable(first).ifPresent(all::addAll);
		Optional.ofNullable(second).ifPresent(all::addAll);
		return all;
	}

	/**
	 * Which HSDS document this is, by the fields only that kind has; empty when it is
	 * none we import.
	 */
	private Optional<Kind> kindOf(JsonNode document) {
		if (!document.isObject()) {
			return Optional.empty();
		}
		if (document.has("status")) {
			return Optional.of(Kind.SERVICE);
		}
		if (document.has("location_type")) {
			return Optional.of(Kind.LOCATION);
		}
		if (!document.has("name") && (document.has("service") || document.has("location") || document.has("service_id")
				|| document.has("location_id"))) {
			return Optional.of(Kind.SERVICE_AT_LOCATION);
		}
		Set<String> organizationFields = new HashSet<>(
				schemas.schema(Kind.ORGANIZATION).getSchemaNode().get("properties").propertyNames());
		if (!document.propertyNames().isEmpty() && organizationFields.containsAll(document.propertyNames())) {
			return Optional.of(Kind.ORGANIZATION);
		}
		return Optional.empty();
	}

	private Report apply(List<Candidate> candidates, List<Skipped> skipped, Locale locale) {
		int created = 0;
		int updated = 0;
		int unchanged = 0;
		List<Change> changes = new ArrayList<>();
		LocalDate today = clock.today();
		for (Candidate candidate : candidates) {
			List<Partner> all = partners.all();
			Map<String, Partner> byId = all.stream()
				.collect(Collectors.toMap(partner -> HsdsIds.organization(partner.id()), Function.identity()));
			Partner existing = Optional.ofNullable(byId.get(candidate.id))
				.or(() -> candidate.name == null ? Optional.empty() : named(all, candidate.name))
				.orElse(null);
			String label = candidate.name == null ? candidate.id : candidate.name;
			Optional<Skipped> refused = candidate.tooLong()
				.map(field -> new Skipped(label, "partners.hsds.skip.tooLong", List.of(field)));
			if (refused.isPresent()) {
				skipped.add(refused.get());
				continue;
			}
			Set<AreaId> areas = candidate.services == null ? null : areas(candidate.services);
			Optional<Boolean> active = candidate.services == null || candidate.services.isEmpty() ? Optional.empty()
					: Optional.of(candidate.services.stream()
						.anyMatch(service -> "active".equals(service.path("status").stringValue(null))));
			if (existing == null) {
				if (!candidate.described) {
					skipped.add(new Skipped(label, "partners.hsds.skip.unknownOrganization", List.of()));
					continue;
				}
				create(candidate, areas == null ? Set.of() : areas, active.orElse(true), today);
				changes.add(new Change(candidate.name.trim(), true, List.of()));
				created++;
				continue;
			}
			State wanted = wanted(existing, candidate, areas, active, today);
			if (!wanted.name().equalsIgnoreCase(existing.name()) && named(all, wanted.name()).isPresent()) {
				skipped.add(new Skipped(label, "partners.hsds.skip.nameTaken", List.of(wanted.name())));
				continue;
			}
			if (wanted.equals(State.of(existing))) {
				unchanged++;
			}
			else {
				update(existing, wanted);
				changes.add(new Change(existing.name(), false, changed(State.of(existing), wanted, locale)));
				updated++;
			}
		}
		return new Report(created, updated, unchanged, List.copyOf(skipped), List.copyOf(changes));
	}

	private List<FieldChange> changed(State before, State after, Locale locale) {
		List<FieldChange> fields = new ArrayList<>();
		field(fields, "name", before.name(), after.name());
		field(fields, "partnerKind", text("partners.partnerKind." + before.kind(), locale),
				text("partners.partnerKind." + after.kind(), locale));
		field(fields, "website", before.website(), after.website());
		field(fields, "email", before.email(), after.email());
		field(fields, "phone", before.phone(), after.phone());
		field(fields, "areas", areaNames(before.areas(), locale), areaNames(after.areas(), locale));
		field(fields, "activeFrom", date(before.activeFrom()), date(after.activeFrom()));
		field(fields, "activeTo", date(before.activeTo()), date(after.activeTo()));
		return List.copyOf(fields);
	}

	private static void field(List<FieldChange> fields, String field, String before, String after) {
		String was = blankToNull(before);
		String is = blankToNull(after);
		if (!Objects.equals(was, is)) {
			fields.add(new FieldChange(field, was == null ? "—" : was, is == null ? "—" : is));
		}
	}

	private String areaNames(Set<AreaId> areas, Locale locale) {
		return centre.areas()
			.stream()
			.filter(area -> areas.contains(area.id()))
			.map(area -> area.name(locale))
			.collect(Collectors.joining(", "));
	}

	private static String date(LocalDate day) {
		return day == null ? null : day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
	}

	private static Optional<Partner> named(List<Partner> all, String name) {
		return all.stream().filter(partner -> partner.name().equalsIgnoreCase(name.trim())).findFirst();
	}

	/**
	 * The partner as the document describes it, keeping what the document does not say.
	 */
	private State wanted(Partner existing, Candidate candidate, Set<AreaId> areas, Optional<Boolean> active,
			LocalDate today) {
		String name = existing.name();
		String website = existing.website();
		String email = existing.email();
		String phone = existing.phone();
		if (candidate.described) {
			name = candidate.name.trim();
			website = Objects.equals(candidate.website, HsdsExport.website(existing).orElse(null)) ? existing.website()
					: candidate.website;
			email = Objects.equals(candidate.email, HsdsExport.email(existing).orElse(null)) ? existing.email()
					: candidate.email;
			phone = Objects.equals(candidate.phone, blankToNull(existing.phone())) ? existing.phone() : candidate.phone;
		}
		PartnerKind kind = candidate.kind == null ? existing.kind() : candidate.kind;
		Set<AreaId> served = existing.areas();
		if (areas != null) {
			Set<AreaId> union = new HashSet<>(areas);
			if (candidate.partial) {
				union.addAll(existing.areas());
			}
			served = Set.copyOf(union);
		}
		LocalDate from = existing.activeFrom();
		LocalDate to = existing.activeTo();
		if (active.isPresent() && active.get() != existing.activeOn(today)) {
			if (active.get()) {
				to = null;
				from = from.isAfter(today) ? today : from;
			}
			else {
				to = today.minusDays(1);
				from = from.isAfter(to) ? to : from;
			}
		}
		return new State(name, kind, website, email, phone, served, from, to);
	}

	/** What an import may change of a partner. */
	private record State(String name, PartnerKind kind, String website, String email, String phone, Set<AreaId> areas,
			LocalDate activeFrom, LocalDate activeTo) {

		static State of(Partner partner) {
			return new State(partner.name(), partner.kind(), partner.website(), partner.email(), partner.phone(),
					partner.areas(), partner.activeFrom(), partner.activeTo());
		}
	}

	private void create(Candidate candidate, Set<AreaId> areas, boolean active, LocalDate today) {
		LocalDate from = active ? today : today.minusDays(1);
		PartnerId id = partners.add(candidate.name.trim(), candidate.kind == null ? PartnerKind.OTHER : candidate.kind,
				candidate.website, candidate.email, candidate.phone, areas, from);
		if (!active) {
			jdbc.sql("update partners_partner set active_to = ? where id = ?").params(from, id.value()).update();
		}
	}

	private void update(Partner existing, State wanted) {
		long version = jdbc.sql("select version from partners_partner where id = ?")
			.param(existing.id().value())
			.query(Long.class)
			.single();
		int rows = jdbc.sql("""
				update partners_partner set name = ?, kind = ?, website = ?, email = ?, phone = ?, active_from = ?,
				active_to = ?, version = version + 1 where id = ? and version = ?""")
			.params(wanted.name(), wanted.kind().name(), wanted.website(), wanted.email(), wanted.phone(),
					wanted.activeFrom(), wanted.activeTo(), existing.id().value(), version)
			.update();
		if (rows == 0) {
			throw DomainException.conflict("partners.hsds.concurrentChange", existing.name());
		}
		if (!wanted.areas().equals(existing.areas())) {
			jdbc.sql("delete from partners_partner_area where partner_id = ?").param(existing.id().value()).update();
			wanted.areas()
				.forEach(area -> jdbc.sql("insert into partners_partner_area (partner_id, area_id) values (?, ?)")
					.params(existing.id().value(), area.value())
					.update());
		}
	}

	/**
	 * The areas the services are about: by our area attribute, else by a service named
	 * after an area.
	 */
	private Set<AreaId> areas(List<JsonNode> services) {
		Set<AreaId> areas = new HashSet<>();
		for (JsonNode service : services) {
			Optional<Area> area = attribute(service, HsdsIds.AREA_TAXONOMY).flatMap(centre::area)
				.or(() -> areaNamed(service.path("name").stringValue("")));
			area.map(Area::id).ifPresent(areas::add);
		}
		return areas;
	}

	private Optional<Area> areaNamed(String serviceName) {
		String name = serviceName.trim();
		List<String> tries = new ArrayList<>(List.of(name));
		for (String separator : List.of(" – ", " - ")) {
			if (name.contains(separator)) {
				tries.add(name.substring(0, name.indexOf(separator)).trim());
			}
		}
		return centre.areas()
			.stream()
			.filter(area -> tries.stream()
				.anyMatch(tried -> tried.equalsIgnoreCase(area.code()) || tried.equalsIgnoreCase(area.nameIt())
						|| tried.equalsIgnoreCase(area.nameEn())))
			.findFirst();
	}

	/** The code of the document's attribute in our taxonomy, if it has one. */
	static Optional<String> attribute(JsonNode document, String taxonomy) {
		for (JsonNode attribute : document.path("attributes")) {
			JsonNode term = attribute.path("taxonomy_term");
			boolean ours = taxonomy.equals(term.path("taxonomy").stringValue(null))
					|| taxonomy.equals(term.path("taxonomy_detail").path("name").stringValue(null))
					|| taxonomy.equals(attribute.path("link_type").stringValue(null));
			String code = term.path("code").stringValue(attribute.path("value").stringValue(null));
			if (ours && code != null && !code.isBlank()) {
				return Optional.of(code.trim());
			}
		}
		return Optional.empty();
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

	private String text(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

	/** An organization of the file, as far as the file describes it. */
	private static final class Candidate {

		final String id;

		final boolean described;

		String name;

		String website;

		String email;

		String phone;

		PartnerKind kind;

		/**
		 * Null when the document says nothing of services (the partner keeps its areas
		 * and period).
		 */
		List<JsonNode> services;

		/**
		 * The services are some of the organization's, to add to its areas, not all of
		 * them.
		 */
		boolean partial;

		private Candidate(String id, boolean described) {
			this.id = id;
			this.described = described;
		}

		static Candidate of(JsonNode organization, boolean partial) {
			Candidate candidate = new Candidate(organization.path("id").asString(), true);
			candidate.name = organization.path("name").asString();
			candidate.website = blankToNull(organization.path("website").stringValue(null));
			candidate.email = blankToNull(organization.path("email").stringValue(null));
			for (JsonNode phone : organization.path("phones")) {
				String number = phone.path("number").stringValue("").replace("\"", "").trim();
				if (!number.isEmpty()) {
					candidate.phone = number;
					break;
				}
			}
			candidate.kind = attribute(organization, HsdsIds.KIND_TAXONOMY).map(code -> {
				try {
					return PartnerKind.valueOf(code.toUpperCase(Locale.ROOT));
				}
				catch (IllegalArgumentException ex) {
					return PartnerKind.OTHER;
				}
			}).orElse(null);
			if (organization.has("services")) {
				candidate.services = new ArrayList<>();
				organization.get("services").forEach(candidate.services::add);
			}
			candidate.partial = partial;
			return candidate;
		}

		static Candidate reference(String id, JsonNode service) {
			Candidate candidate = new Candidate(id, false);
			candidate.services = new ArrayList<>(List.of(service));
			candidate.partial = true;
			return candidate;
		}

		/** Whether a document listed all of the organization's services. */
		boolean complete() {
			return services != null && !partial;
		}

		/** The first field longer than the partners table holds. */
		Optional<String> tooLong() {
			if (!described) {
				return Optional.empty();
			}
			if (name == null || name.isBlank()) {
				return Optional.of("name");
			}
			if (name.trim().length() > 200) {
				return Optional.of("name");
			}
			if (website != null && website.length() > 300) {
				return Optional.of("website");
			}
			if (email != null && email.length() > 200) {
				return Optional.of("email");
			}
			if (phone != null && phone.length() > 40) {
				return Optional.of("phone");
			}
			return Optional.empty();
		}

	}

}
