package it.mestieri.catalogue;

import org.springframework.context.ApplicationEventPublisher;
import it.mestieri.classification.Occupations;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

import it.mestieri.centre.CentreDirectory;

/**
 * The public page of each catalogue item, readable on a phone, each with its schema.org
 * JSON-LD in a {@code <script type="application/ld+json">}. An expired offer is not
 * found, as if it never was. A target occupation links to its sheet by ESCO URI
 * ({@code /occupations/by-uri?uri=...}).
 */
@Controller
class PublicItemPages {

	/** An occupation as an item page links to it. */
	record OccupationLink(String uri, String label, String href) {
	}

	private final Courses courses;

	private final JobOffers offers;

	private final LibraryDocuments documents;

	private final Guides guides;

	private final Occupations occupations;

	private final JsonLdExport jsonLd;

	private final CentreDirectory centre;

	private final ApplicationEventPublisher events;

	PublicItemPages(Courses courses, JobOffers offers, LibraryDocuments documents, Guides guides,
			Occupations occupations, JsonLdExport jsonLd, CentreDirectory centre, ApplicationEventPublisher events) {
		this.courses = courses;
		this.offers = offers;
		this.documents = documents;
		this.guides = guides;
		this.occupations = occupations;
		this.jsonLd = jsonLd;
		this.centre = centre;
		this.events = events;
	}

	@GetMapping("/courses/{id}")
	String course(@PathVariable long id, Model model, Locale locale) {
		Course course = courses.get(id);
		events.publishEvent(new CatalogueItemViewed(CatalogueKind.COURSE, id));
		model.addAttribute("course", course);
		model.addAttribute("occupations", course.occupationUris().stream().map(uri -> link(uri, locale)).toList());
		common(model, course.areaId(), locale, JsonLdExport.forScript(jsonLd.course(course, base())));
		return "resources/course";
	}

	@GetMapping("/offers/{id}")
	String offer(@PathVariable long id, Model model, Locale locale) {
		JobOffer offer = offers.open(id);
		events.publishEvent(new CatalogueItemViewed(CatalogueKind.JOB_OFFER, id));
		model.addAttribute("offer", offer);
		model.addAttribute("occupations",
				offer.occupationUri() == null ? List.of() : List.of(link(offer.occupationUri(), locale)));
		common(model, offer.areaId(), locale, JsonLdExport.forScript(jsonLd.jobPosting(offer, base())));
		return "resources/offer";
	}

	@GetMapping("/documents/{id}")
	String document(@PathVariable long id, Model model, Locale locale) {
		LibraryDocument document = documents.get(id);
		events.publishEvent(new CatalogueItemViewed(CatalogueKind.DOCUMENT, id));
		model.addAttribute("document", document);
		model.addAttribute("areaNames",
				centre.areas()
					.stream()
					.filter(area -> document.areaIds().contains(area.id().value()))
					.map(area -> area.name(locale))
					.toList());
		model.addAttribute("topicNames",
				centre.topics()
					.stream()
					.filter(topic -> document.topicIds().contains(topic.id().value()))
					.map(topic -> topic.name(locale))
					.toList());
		common(model, null, locale, JsonLdExport.forScript(jsonLd.document(document, base())));
		return "resources/document";
	}

	@GetMapping("/guides/{id}")
	String guide(@PathVariable long id, Model model, Locale locale) {
		Guide guide = guides.get(id);
		events.publishEvent(new CatalogueItemViewed(CatalogueKind.GUIDE, id));
		model.addAttribute("guide", guide);
		model.addAttribute("steps",
				Arrays.stream(guide.body().split("\\R")).map(String::strip).filter(step -> !step.isEmpty()).toList());
		common(model, guide.areaId(), locale, JsonLdExport.forScript(jsonLd.guide(guide, base())));
		return "resources/guide";
	}

	private void common(Model model, Long areaId, Locale locale, String jsonLdScript) {
		model.addAttribute("jsonLd", jsonLdScript);
		model.addAttribute("areaName",
				areaId == null ? null
						: centre.areas()
							.stream()
							.filter(area -> area.id().value() == areaId)
							.map(area -> area.name(locale))
							.findFirst()
							.orElse(null));
	}

	private OccupationLink link(String uri, Locale locale) {
		String href = UriComponentsBuilder.fromPath("/occupations/by-uri")
			.queryParam("uri", uri)
			.encode()
			.build()
			.toUriString();
		return new OccupationLink(uri, occupations.label(uri, locale).orElse(null), href);
	}

	private static String base() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

}
