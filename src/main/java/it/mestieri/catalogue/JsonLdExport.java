package it.mestieri.catalogue;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Courses and job offers as schema.org JSON-LD (Course, JobPosting): the export, and the
 * JSON-LD each public item page carries. Each item has its page as {@code @id} and a
 * stable {@code identifier} (the one it was imported with, else
 * {@code urn:mestieri:course:12}), so that importing an export updates the same items
 * instead of adding new ones.
 */
@Component
@Transactional(readOnly = true)
class JsonLdExport {

	static final String CONTEXT = "https://schema.org";
	static final String URN = "urn:mestieri:";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Courses courses;

	private final JobOffers offers;

	JsonLdExport(Courses courses, JobOffers offers) {
		this.courses = courses;
		this.offers = offers;
	}

	/**
	 * The courses and open offers ({@code type} JobPosting or Course, null for both) in
	 * one {@code @graph}.
	 */
	ObjectNode export(String type, String base) {
		ObjectNode root = JSON.createObjectNode();
		root.put("@context", CONTEXT);
		ArrayNode graph = root.putArray("@graph");
		if (type == null || type.equals("JobPosting")) {
			offers.all(true).forEach(offer -> graph.add(jobPosting(offer, base)));
		}
		if (type == null || type.equals("Course")) {
			courses.all().forEach(course -> graph.add(course(course, base)));
		}
		return root;
	}

	ObjectNode course(Course course, String base) {
		ObjectNode node = JSON.createObjectNode();
		node.put("@type", "Course");
		node.put("@id", base + "/courses/" + course.id());
		node.put("identifier", course.externalId() != null ? course.externalId() : URN + "course:" + course.id());
		node.put("name", course.title());
		putIf(node, "description", course.description());
		node.put("inLanguage", course.language());
		putIf(node, "url", course.url());
		if (course.providerName() != null) {
			ObjectNode provider = node.putObject("provider");
			provider.put("@type", "Organization");
			provider.put("name", course.providerName());
		}
		if (course.startsOn() != null || course.endsOn() != null || course.place() != null
				|| course.costCents() != null) {
			ObjectNode instance = node.putObject("hasCourseInstance");
			instance.put("@type", "CourseInstance");
			putIf(instance, "startDate", course.startsOn() == null ? null : course.startsOn().toString());
			putIf(instance, "endDate", course.endsOn() == null ? null : course.endsOn().toString());
			if (course.place() != null) {
				ObjectNode place = instance.putObject("location");
				place.put("@type", "Place");
				place.put("name", course.place());
			}
			if (course.costCents() != null) {
				ObjectNode offer = instance.putObject("offers");
				offer.put("@type", "Offer");
				offer.put("price", BigDecimal.valueOf(course.costCents(), 2).toPlainString());
				offer.put("priceCurrency", "EUR");
			}
		}
		if (course.funding() != null) {
			ObjectNode grant = node.putObject("funding");
			grant.put("@type", "Grant");
			grant.put("name", course.funding());
		}
		putIf(node, "coursePrerequisites", course.entryRequirements());
		if (course.credential() != null) {
			ObjectNode credential = node.putObject("educationalCredentialAwarded");
			credential.put("@type", "EducationalOccupationalCredential");
			credential.put("name", course.credential());
		}
		if (!course.occupationUris().isEmpty()) {
			ArrayNode occupations = node.putArray("occupationalCategory");
			course.occupationUris().stream().sorted().forEach(occupations::add);
		}
		return node;
	}

	ObjectNode jobPosting(JobOffer offer, String base) {
		ObjectNode node = JSON.createObjectNode();
		node.put("@type", "JobPosting");
		node.put("@id", base + "/offers/" + offer.id());
		node.put("identifier", offer.externalId() != null ? offer.externalId() : URN + "job-offer:" + offer.id());
		node.put("title", offer.title());
		putIf(node, "description", offer.description());
		node.put("inLanguage", offer.language());
		putIf(node, "url", offer.url());
		if (offer.employer() != null) {
			ObjectNode organization = node.putObject("hiringOrganization");
			organization.put("@type", "Organization");
			organization.put("name", offer.employer());
		}
		if (offer.place() != null) {
			ObjectNode location = node.putObject("jobLocation");
			location.put("@type", "Place");
			ObjectNode address = location.putObject("address");
			address.put("@type", "PostalAddress");
			address.put("addressLocality", offer.place());
			address.put("addressCountry", "IT");
		}
		ArrayNode types = node.putArray("employmentType");
		if (offer.workingTime() != null) {
			types.add(offer.workingTime());
		}
		types.add(JsonLdImport.schemaEmploymentType(offer.contractType()));
		node.put("datePosted", offer.publishedOn().toString());
		node.put("validThrough", offer.expiresOn().toString());
		putIf(node, "occupationalCategory", offer.occupationUri());
		return node;
	}

	/**
	 * A document as a schema.org Book, VideoObject, AudioObject, WebSite,
	 * SoftwareApplication or CreativeWork.
	 */
	ObjectNode document(LibraryDocument document, String base) {
		ObjectNode node = JSON.createObjectNode();
		node.put("@type", switch (document.kind()) {
			case BOOK -> "Book";
			case VIDEO -> "VideoObject";
			case AUDIO -> "AudioObject";
			case WEBSITE -> "WebSite";
			case SOFTWARE -> "SoftwareApplication";
			default -> "CreativeWork";
		});
		node.put("@id", base + "/documents/" + document.id());
		node.put("name", document.title());
		putIf(node, "description", document.description());
		node.put("inLanguage", document.language());
		putIf(node, "url", document.link());
		if (document.audience() != Audience.EVERYONE) {
			ObjectNode audience = node.putObject("audience");
			audience.put("@type", "Audience");
			audience.put("audienceType", document.audience().name());
		}
		return node;
	}

	/** A guide as a schema.org HowTo, one step per line of its body. */
	ObjectNode guide(Guide guide, String base) {
		ObjectNode node = JSON.createObjectNode();
		node.put("@type", "HowTo");
		node.put("@id", base + "/guides/" + guide.id());
		node.put("name", guide.title());
		node.put("description", guide.summary());
		node.put("inLanguage", guide.language());
		putIf(node, "url", guide.link());
		ArrayNode steps = node.putArray("step");
		for (String line : guide.body().split("\\R")) {
			if (!line.isBlank()) {
				ObjectNode step = steps.addObject();
				step.put("@type", "HowToStep");
				step.put("text", line.strip());
			}
		}
		return node;
	}

	/**
	 * The JSON-LD for a page's {@code <script type="application/ld+json">}: no {@code <}
	 * left that could close it.
	 */
	static String forScript(ObjectNode node) {
		ObjectNode withContext = JSON.createObjectNode();
		withContext.put("@context", CONTEXT);
		withContext.setAll(node);
		return JSON.writeValueAsString(withContext)
			.replace("<", "\\u003c")
			.replace(">", "\\u003e")
			.replace("&", "\\u0026");
	}

	static ObjectNode object() {
		return JSON.createObjectNode();
	}

	static void putIf(ObjectNode node, String name, String value) {
		if (value != null) {
			node.put(name, value);
		}
	}

	static List<String> types() {
		return List.of("JobPosting", "Course");
	}

}
