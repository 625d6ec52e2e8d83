package it.mestieri.catalogue;

import it.mestieri.shared.ImportJobs;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import it.mestieri.shared.CentreClock;
import it.mestieri.shared.DomainException;
import it.mestieri.shared.FieldChecks;
import it.mestieri.shared.Uploads;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports schema.org JobPosting and Course objects (one, an array, or a {@code @graph})
 * as job offers and courses. The whole file is checked first: malformed JSON, or any
 * object that cannot become an item, refuses the file with each object's position and
 * reason, and nothing is saved. Then every item is written in one transaction, as an
 * {@link ImportJobs} job. An item already here (the same identifier, or the same url) is
 * updated instead of added again.
 */
@Component
class JsonLdImport {

	static final String JOB_KIND = "jsonld";
	static final int MAX_BYTES = 5 * 1024 * 1024;
	static final String MAX_SIZE = "5 MB";
	static final int MAX_ITEMS = 5000;

	private static final int MAX_ERRORS = 50;

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.build();

	/**
	 * One object of the file that cannot be imported: where (a JSON pointer, and its
	 * index) and why.
	 */
	record Problem(int index, String pointer, String messageKey, Object[] arguments) {
	}

	/** The file was refused: every problem found, nothing saved. */
	static final class InvalidFile extends DomainException {

		private final transient List<Problem> problems;

		InvalidFile(List<Problem> problems) {
			super(HttpStatus.BAD_REQUEST, "resources.jsonld.invalid", problems.size());
			this.problems = List.copyOf(problems);
		}

		List<Problem> problems() {
			return problems;
		}

	}

	/**
	 * What the import did; warnings name what was left out of an item (a price in another
	 * currency).
	 */
	record Report(int created, int updated, int unchanged, List<String> warnings) {
	}

	/**
	 * What was left out of the items, said in the language of whoever started the import.
	 */
	record Warnings(MessageSource messages, Locale locale, List<String> list) {

		void add(String key, Object... arguments) {
			list.add(messages.getMessage(key, arguments, locale));
		}
	}

	/** An object of the file, checked, ready to be saved. */
	record Item(int index, String identifier, String url, Courses.Draft course, JobOffers.Draft offer,
			List<String> warnings) {
	}

	@PersistenceContext
	private EntityManager em;

	private final Courses courses;

	private final JobOffers offers;

	private final ItemReferences references;

	private final ImportJobs jobs;

	private final CentreClock clock;

	private final TransactionTemplate transaction;

	private final MessageSource messages;

	JsonLdImport(Courses courses, JobOffers offers, ItemReferences references, ImportJobs jobs, CentreClock clock,
			PlatformTransactionManager transactions, MessageSource messages) {
		this.messages = messages;
		this.courses = courses;
		this.offers = offers;
		this.references = references;
		this.jobs = jobs;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** Reads at most {@link #MAX_BYTES}; more is refused with 413. */
	static byte[] read(InputStream in, long declaredLength) throws IOException {
		return Uploads.readAtMost(in, declaredLength, MAX_BYTES, "resources.jsonld.tooLarge", MAX_SIZE);
	}

	/**
	 * Checks the whole file (refusing it with every problem found) and starts the job
	 * that saves it.
	 */
	ImportJobs.Job start(byte[] file, Locale locale) {
		List<Item> items = check(file, locale);
		return jobs.start(JOB_KIND, progress -> {
			progress.phase("resources.phase.jsonld", items.size());
			return transaction.execute(status -> save(items, progress));
		});
	}

	/**
	 * Every object of the file as an item to save; the file is refused when any cannot be
	 * one.
	 */
	List<Item> check(byte[] file, Locale locale) {
		JsonNode root = parse(file);
		List<JsonNode> objects = new ArrayList<>();
		String prefix;
		if (root.isArray()) {
			root.values().forEach(objects::add);
			prefix = "";
		}
		else if (root.isObject() && root.has("@graph")) {
			if (!root.get("@graph").isArray()) {
				throw DomainException.invalid("resources.jsonld.graph");
			}
			root.get("@graph").values().forEach(objects::add);
			prefix = "/@graph";
		}
		else if (root.isObject()) {
			objects.add(root);
			prefix = null;
		}
		else {
			throw DomainException.invalid("resources.jsonld.notObject");
		}
		if (objects.isEmpty()) {
			throw DomainException.invalid("resources.jsonld.empty");
		}
		if (objects.size() > MAX_ITEMS) {
			throw DomainException.invalid("resources.jsonld.tooMany", MAX_ITEMS);
		}
		List<Item> items = new ArrayList<>();
		List<Problem> problems = new ArrayList<>();
		for (int index = 0; index < objects.size() && problems.size() < MAX_ERRORS; index++) {
			String pointer = prefix == null ? "" : prefix + "/" + index;
			try {
				items.add(item(index, objects.get(index), locale));
			}
			catch (DomainException ex) {
				problems.add(new Problem(index, pointer.isEmpty() ? "/" : pointer, ex.messageKey(), ex.arguments()));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidFile(problems);
		}
		return items;
	}

	private static JsonNode parse(byte[] file) {
		try {
			JsonNode root = JSON.readTree(file);
			if (root == null || root.isMissingNode() || root.isNull()) {
				throw DomainException.invalid("resources.jsonld.empty");
			}
			return root;
		}
		catch (JacksonException ex) {
			TokenStreamLocation where = ex.getLocation();
			throw DomainException.invalid("resources.jsonld.malformed", where == null ? 1 : where.getLineNr(),
					where == null ? 1 : where.getColumnNr());
		}
	}

	private Item item(int index, JsonNode node, Locale locale) {
		if (!node.isObject()) {
			throw DomainException.invalid("resources.jsonld.notObject");
		}
		Set<String> types = new LinkedHashSet<>();
		JsonNode type = node.path("@type");
		if (type.isString()) {
			types.add(stripSchema(type.asString()));
		}
		else if (type.isArray()) {
			type.values().stream().filter(JsonNode::isString).forEach(each -> types.add(stripSchema(each.asString())));
		}
		Warnings warnings = new Warnings(messages, locale, new ArrayList<>());
		String identifier = identifier(node);
		String url = link(node.path("url"));
		if (types.contains("JobPosting")) {
			return new Item(index, identifier, url, null, offer(node, url, warnings), warnings.list());
		}
		if (types.contains("Course")) {
			return new Item(index, identifier, url, course(node, url, warnings), null, warnings.list());
		}
		throw DomainException.invalid("resources.jsonld.type", types.isEmpty() ? "-" : String.join(", ", types));
	}

	private JobOffers.Draft offer(JsonNode node, String url, Warnings warnings) {
		String title = text(node.path("title")).or(() -> text(node.path("name")))
			.orElseThrow(() -> DomainException.invalid("resources.jsonld.titleMissing"));
		ContractType contract = null;
		WorkingTime workingTime = null;
		for (JsonNode each : list(node.path("employmentType"))) {
			String value = each.isString() ? each.asString().strip().toUpperCase(Locale.ROOT).replaceAll("[ -]", "_")
					: "";
			switch (value) {
				case "FULL_TIME" -> workingTime = WorkingTime.FULL_TIME;
				case "PART_TIME" -> workingTime = WorkingTime.PART_TIME;
				case "CONTRACTOR", "SELF_EMPLOYED" -> contract = ContractType.SELF_EMPLOYED;
				case "TEMPORARY", "SEASONAL" -> contract = ContractType.TEMPORARY;
				case "INTERN", "INTERNSHIP" -> contract = ContractType.INTERNSHIP;
				case "PERMANENT" -> contract = ContractType.PERMANENT;
				case "FIXED_TERM" -> contract = ContractType.FIXED_TERM;
				case "APPRENTICESHIP" -> contract = ContractType.APPRENTICESHIP;
				default -> {
					if (contract == null) {
						contract = ContractType.OTHER;
					}
				}
			}
		}
		LocalDate posted = date(node.path("datePosted"), "datePosted").orElse(clock.today());
		LocalDate expires = date(node.path("validThrough"), "validThrough")
			.orElse(posted.plusDays(JobOffers.DEFAULT_OPEN_DAYS));
		String occupation = occupations(node.path("occupationalCategory"), warnings).stream()
			.findFirst()
			.or(() -> occupations(node.path("relevantOccupation"), warnings).stream().findFirst())
			.orElse(null);
		JobOffers.Draft draft = new JobOffers.Draft(organisation(node.path("hiringOrganization")).orElse(null), title,
				text(node.path("description")).orElse(null), place(node.path("jobLocation")).orElse(null),
				contract == null ? ContractType.OTHER : contract, workingTime, null, occupation,
				language(node.path("inLanguage")), posted, expires, url);
		return offers.check(draft, false);
	}

	private Courses.Draft course(JsonNode node, String url, Warnings warnings) {
		String title = text(node.path("name"))
			.orElseThrow(() -> DomainException.invalid("resources.jsonld.nameMissing"));
		JsonNode instance = list(node.path("hasCourseInstance")).stream().findFirst().orElse(JSON.missingNode());
		Optional<String> provider = organisation(node.path("provider"));
		Long partner = provider.flatMap(references::partnerNamed).map(each -> each.id().value()).orElse(null);
		BigDecimal cost = price(instance.path("offers"), warnings).or(() -> price(node.path("offers"), warnings))
			.orElse(null);
		LocalDate starts = date(instance.path("startDate"), "startDate").orElse(null);
		LocalDate ends = date(instance.path("endDate"), "endDate").orElse(null);
		Courses.Draft draft = new Courses.Draft(partner, provider.orElse(null), title,
				text(node.path("description")).orElse(null), null, language(node.path("inLanguage")), starts, ends,
				place(instance.path("location")).orElse(null), cost, name(node.path("funding")).orElse(null),
				joined(node.path("coursePrerequisites")).orElse(null),
				credential(node.path("educationalCredentialAwarded")).orElse(null), url,
				new LinkedHashSet<>(occupations(node.path("occupationalCategory"), warnings)));
		return courses.check(draft, false);
	}

	private Report save(List<Item> items, ImportJobs.Progress progress) {
		int created = 0;
		int updated = 0;
		int unchanged = 0;
		List<String> warnings = new ArrayList<>();
		for (Item item : items) {
			item.warnings().forEach(warning -> warnings.add("#" + (item.index() + 1) + ": " + warning));
			if (item.offer() != null) {
				JobOffer existing = findOffer(item).orElse(null);
				if (existing == null) {
					JobOffer offer = new JobOffer(clock.now());
					offer.apply(item.offer(), clock.now());
					offer.externalId(external(item.identifier()));
					em.persist(offer);
					created++;
				}
				else {
					JobOffers.Draft merged = mergeOffer(existing, item.offer());
					if (merged.equals(JobOffers.draftOf(existing))) {
						unchanged++;
					}
					else {
						existing.apply(merged, clock.now());
						updated++;
					}
				}
			}
			else {
				Course existing = findCourse(item).orElse(null);
				if (existing == null) {
					Course course = new Course(clock.now());
					course.apply(item.course(), clock.now());
					course.externalId(external(item.identifier()));
					em.persist(course);
					created++;
				}
				else {
					Courses.Draft merged = mergeCourse(existing, item.course());
					if (merged.equals(Courses.draftOf(existing))) {
						unchanged++;
					}
					else {
						existing.apply(merged, clock.now());
						updated++;
					}
				}
			}
			em.flush();
			progress.advance(1);
		}
		return new Report(created, updated, unchanged, warnings);
	}

	/** What JSON-LD does not carry (the centre's area) stays as it was. */
	private static JobOffers.Draft mergeOffer(JobOffer existing, JobOffers.Draft imported) {
		return new JobOffers.Draft(imported.employer(), imported.title(), imported.description(), imported.place(),
				imported.contractType(), imported.workingTime(), existing.areaId(), imported.occupationUri(),
				imported.language(), imported.publishedOn(), imported.expiresOn(), imported.url());
	}

	/**
	 * The area and, when the provider's name did not change, the partner stay as they
	 * were.
	 */
	private static Courses.Draft mergeCourse(Course existing, Courses.Draft imported) {
		Long partner = imported.providerPartnerId() != null ? imported.providerPartnerId()
				: java.util.Objects.equals(existing.providerName(), imported.providerName())
						? existing.providerPartnerId() : null;
		return new Courses.Draft(partner, imported.providerName(), imported.title(), imported.description(),
				existing.areaId(), imported.language(), imported.startsOn(), imported.endsOn(), imported.place(),
				imported.cost(), imported.funding(), imported.entryRequirements(), imported.credential(),
				imported.url(), imported.occupationUris());
	}

	private Optional<JobOffer> findOffer(Item item) {
		Optional<Long> own = ownId(item.identifier(), "job-offer:");
		if (own.isPresent()) {
			JobOffer offer = em.find(JobOffer.class, own.get());
			if (offer != null) {
				return Optional.of(offer);
			}
		}
		return first(JobOffer.class, item);
	}

	private Optional<Course> findCourse(Item item) {
		Optional<Long> own = ownId(item.identifier(), "course:");
		if (own.isPresent()) {
			Course course = em.find(Course.class, own.get());
			if (course != null) {
				return Optional.of(course);
			}
		}
		return first(Course.class, item);
	}

	private <T> Optional<T> first(Class<T> type, Item item) {
		String entity = type.getSimpleName();
		if (item.identifier() != null && external(item.identifier()) != null) {
			Optional<T> found = em
				.createQuery("select i from " + entity + " i where i.externalId = :id order by i.id", type)
				.setParameter("id", item.identifier())
				.setMaxResults(1)
				.getResultStream()
				.findFirst();
			if (found.isPresent()) {
				return found;
			}
		}
		if (item.url() != null) {
			return em.createQuery("select i from " + entity + " i where i.url = :url order by i.id", type)
				.setParameter("url", item.url())
				.setMaxResults(1)
				.getResultStream()
				.findFirst();
		}
		return Optional.empty();
	}

	private static Optional<Long> ownId(String identifier, String kind) {
		if (identifier == null || !identifier.startsWith(JsonLdExport.URN + kind)) {
			return Optional.empty();
		}
		try {
			return Optional.of(Long.valueOf(identifier.substring((JsonLdExport.URN + kind).length())));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	/** Our own identifiers are not kept as another source's. */
	private static String external(String identifier) {
		return identifier == null || identifier.startsWith(JsonLdExport.URN) ? null : identifier;
	}

	/**
	 * The contract type as schema.org's employmentType says it, or our own name where it
	 * has none.
	 */
	static String schemaEmploymentType(ContractType contract) {
		return switch (contract) {
			case SELF_EMPLOYED -> "CONTRACTOR";
			case INTERNSHIP -> "INTERN";
			default -> contract.name();
		};
	}

	// What schema.org allows in many shapes, each read one way.

	private static String stripSchema(String type) {
		return type.replaceFirst("^(https?://schema\\.org/|schema:)", "");
	}

	private static List<JsonNode> list(JsonNode node) {
		if (node.isMissingNode() || node.isNull()) {
			return List.of();
		}
		return node.isArray() ? List.copyOf(node.values()) : List.of(node);
	}

	private static Optional<String> text(JsonNode node) {
		if (node.isString() && !node.asString().isBlank()) {
			return Optional.of(node.asString().strip());
		}
		if (node.isNumber()) {
			return Optional.of(node.decimalValue().toPlainString());
		}
		if (node.isObject()) {
			return text(node.path("@value"));
		}
		if (node.isArray()) {
			return node.values().stream().map(JsonLdImport::text).flatMap(Optional::stream).findFirst();
		}
		return Optional.empty();
	}

	/** A thing's name: the text itself, or its {@code name}. */
	private static Optional<String> name(JsonNode node) {
		return node.isObject() ? text(node.path("name")) : text(node);
	}

	private static Optional<String> organisation(JsonNode node) {
		return list(node).stream().map(JsonLdImport::name).flatMap(Optional::stream).findFirst();
	}

	private static Optional<String> credential(JsonNode node) {
		return list(node).stream()
			.map(each -> name(each)
				.or(() -> each.isObject() ? name(each.path("credentialCategory")) : Optional.empty()))
			.flatMap(Optional::stream)
			.findFirst();
	}

	private static Optional<String> joined(JsonNode node) {
		List<String> parts = list(node).stream()
			.map(each -> name(each).or(() -> each.isObject() ? name(each.path("credentialCategory")) : Optional.empty())
				.or(() -> each.isObject() ? text(each.path("description")) : Optional.empty()))
			.flatMap(Optional::stream)
			.toList();
		return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", parts));
	}

	/** A place: text, a Place's name or its address (text, or street and locality). */
	private static Optional<String> place(JsonNode node) {
		for (JsonNode each : list(node)) {
			if (!each.isObject()) {
				Optional<String> text = text(each);
				if (text.isPresent()) {
					return text;
				}
				continue;
			}
			Optional<String> address = list(each.path("address")).stream()
				.map(JsonLdImport::address)
				.flatMap(Optional::stream)
				.findFirst();
			Optional<String> found = address.or(() -> text(each.path("name")));
			if (found.isPresent()) {
				return found;
			}
		}
		return Optional.empty();
	}

	private static Optional<String> address(JsonNode address) {
		if (!address.isObject()) {
			return text(address);
		}
		List<String> parts = new ArrayList<>();
		text(address.path("streetAddress")).ifPresent(parts::add);
		text(address.path("addressLocality")).ifPresent(parts::add);
		if (parts.isEmpty()) {
			text(address.path("addressRegion")).ifPresent(parts::add);
		}
		return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", parts));
	}

	private static String link(JsonNode node) {
		Optional<String> link = node.isObject() ? text(node.path("@id")) : text(node);
		return link.map(value -> ItemChecks.link(value, "url")).orElse(null);
	}

	private static String identifier(JsonNode node) {
		Optional<String> identifier = list(node.path("identifier")).stream()
			.map(each -> each.isObject() ? text(each.path("value")).or(() -> text(each.path("@id"))) : text(each))
			.flatMap(Optional::stream)
			.findFirst();
		return identifier.or(() -> text(node.path("@id")).filter(id -> id.matches("(?i)(https?|urn):.+")))
			.map(id -> id.length() > 300 ? id.substring(0, 300) : id)
			.orElse(null);
	}

	private static String language(JsonNode node) {
		Optional<String> language = list(node).stream()
			.map(each -> each.isObject() ? text(each.path("alternateName")) : text(each))
			.flatMap(Optional::stream)
			.findFirst();
		return language.map(value -> value.split("[-_]")[0].toLowerCase(Locale.ROOT)).orElse(null);
	}

	/** A day, from a date or the date part of a date and time. */
	private static Optional<LocalDate> date(JsonNode node, String property) {
		Optional<String> text = text(node);
		if (text.isEmpty()) {
			return Optional.empty();
		}
		String value = text.get();
		try {
			return Optional.of(LocalDate.parse(value.length() >= 10 ? value.substring(0, 10) : value));
		}
		catch (DateTimeParseException ex) {
			throw DomainException.invalid("resources.jsonld.date", property, FieldChecks.shortened(value));
		}
	}

	/**
	 * The first price in euros (or without a currency); one in another currency is left
	 * out, with a warning.
	 */
	private static Optional<BigDecimal> price(JsonNode offers, Warnings warnings) {
		for (JsonNode offer : list(offers)) {
			JsonNode source = offer.has("price") ? offer : offer.path("priceSpecification");
			Optional<String> price = text(source.path("price"));
			if (price.isEmpty()) {
				continue;
			}
			String currency = text(source.path("priceCurrency")).orElse("EUR");
			if (!currency.equalsIgnoreCase("EUR")) {
				warnings.add("resources.jsonld.warning.currency", price.get(), currency);
				continue;
			}
			try {
				return Optional.of(new BigDecimal(price.get().replace(',', '.')));
			}
			catch (NumberFormatException ex) {
				throw DomainException.invalid("resources.cost.invalid");
			}
		}
		return Optional.empty();
	}

	/**
	 * The ESCO occupations named (as text, a CategoryCode, an Occupation); other codes
	 * are left out with a warning.
	 */
	private static List<String> occupations(JsonNode node, Warnings warnings) {
		List<String> uris = new ArrayList<>();
		for (JsonNode each : list(node)) {
			List<String> candidates = new ArrayList<>();
			if (each.isObject()) {
				text(each.path("@id")).ifPresent(candidates::add);
				text(each.path("url")).ifPresent(candidates::add);
				text(each.path("codeValue")).ifPresent(candidates::add);
				text(each.path("sameAs")).ifPresent(candidates::add);
				JsonNode nested = each.path("occupationalCategory");
				if (!nested.isMissingNode()) {
					candidates.addAll(occupations(nested,
							new Warnings(warnings.messages(), warnings.locale(), new ArrayList<>())));
				}
			}
			else {
				text(each).ifPresent(candidates::add);
			}
			Optional<String> esco = candidates.stream().filter(ItemChecks::looksLikeOccupation).findFirst();
			if (esco.isPresent()) {
				uris.add(ItemChecks.FIELDS.occupation(esco.get(), "occupation"));
			}
			else if (!candidates.isEmpty()) {
				warnings.add("resources.jsonld.warning.occupation", FieldChecks.shortened(candidates.get(0)));
			}
		}
		return uris;
	}

}
