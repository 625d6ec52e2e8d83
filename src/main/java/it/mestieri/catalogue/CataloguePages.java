package it.mestieri.catalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import it.mestieri.centre.CentreDirectory;
import it.mestieri.partners.Partners;
import it.mestieri.shared.Bands;
import it.mestieri.shared.CentreClock;
import it.mestieri.shared.PageProblem;

/**
 * The coordinator's catalogue under {@code /resources}: a home with counts, a list per
 * kind with filters (words, area; expired offers too, marked), new and edit forms, delete
 * after a confirmation. A refused form is shown again as typed, with the reason and a
 * 4xx.
 */
@Controller
class CataloguePages {

	static final String KINDS = "{kind:courses|offers|documents|guides}";
	static final int PAGE_SIZE = 25;

	/** An item as a list shows it. {@code badge} is a message key, or null. */
	record Row(long id, String title, String details, String area, String badge) {
	}

	private final Courses courses;

	private final JobOffers offers;

	private final LibraryDocuments documents;

	private final Guides guides;

	private final ItemReferences references;

	private final CentreDirectory centre;

	private final Partners partners;

	private final CentreClock clock;

	CataloguePages(Courses courses, JobOffers offers, LibraryDocuments documents, Guides guides,
			ItemReferences references, CentreDirectory centre, Partners partners, CentreClock clock) {
		this.courses = courses;
		this.offers = offers;
		this.documents = documents;
		this.guides = guides;
		this.references = references;
		this.centre = centre;
		this.partners = partners;
		this.clock = clock;
	}

	@GetMapping("/resources")
	String home(Model model) {
		long open = offers.countOpen();
		model.addAttribute("counts", Map.of("courses", courses.count(), "offers", offers.count(), "documents",
				documents.count(), "guides", guides.count()));
		model.addAttribute("openOffers", open);
		return "resources/home";
	}

	@GetMapping("/resources/" + KINDS)
	String list(@PathVariable String kind, @RequestParam(required = false) String q,
			@RequestParam(required = false) String area, @RequestParam(defaultValue = "false") boolean expired,
			@RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
		Long areaId = references.areaCode(area);
		ItemPage<Row> rows = switch (kind) {
			case "courses" -> courses.list(new Courses.Filter(q, areaId), page, PAGE_SIZE)
				.map(course -> new Row(course.id(), course.title(),
						join(course.providerName(), dates(course.startsOn(), course.endsOn()), course.place()),
						areaName(course.areaId(), locale), null));
			case "offers" -> {
				LocalDate today = clock.today();
				yield offers.list(new JobOffers.Filter(q, areaId, null, !expired), page, PAGE_SIZE)
					.map(offer -> new Row(offer.id(), offer.title(),
							join(offer.employer(), offer.place(), dates(offer.publishedOn(), offer.expiresOn())),
							areaName(offer.areaId(), locale), offer.expiredOn(today) ? "resources.offer.expired"
									: today.isBefore(offer.publishedOn()) ? "resources.offer.scheduled" : null));
			}
			case "documents" -> documents.list(new LibraryDocuments.Filter(q, areaId, null), page, PAGE_SIZE)
				.map(document -> new Row(document.id(), document.title(),
						join(document.shelfMark(), document.link(), document.language()),
						document.areaIds().stream().map(id -> areaName(id, locale)).collect(Collectors.joining(", ")),
						"resources.documentKind." + document.kind()));
			default -> guides.list(new Guides.Filter(q, areaId), page, PAGE_SIZE)
				.map(guide -> new Row(guide.id(), guide.title(), guide.summary(), areaName(guide.areaId(), locale),
						null));
		};
		model.addAttribute("kind", kind);
		model.addAttribute("rows", rows);
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("area", area == null ? "" : area);
		model.addAttribute("expired", expired);
		model.addAttribute("areas", centre.areas());
		return "resources/list";
	}

	@GetMapping("/resources/" + KINDS + "/new")
	String newItem(@PathVariable String kind, Model model) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("language", "it");
		if (kind.equals("offers")) {
			values.put("publishedOn", clock.today().toString());
			values.put("expiresOn", clock.today().plusDays(30).toString());
		}
		return form(kind, null, values, List.of(), model);
	}

	@PostMapping("/resources/" + KINDS)
	String create(@PathVariable String kind, @RequestParam MultiValueMap<String, String> form, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return PageProblem.attempt(() -> {
			long id = switch (kind) {
				case "courses" -> courses.create(course(form)).id();
				case "offers" -> offers.create(offer(form)).id();
				case "documents" -> documents.create(document(form)).id();
				default -> guides.create(guide(form)).id();
			};
			redirect.addFlashAttribute("saved", "resources.saved");
			return "redirect:/resources/" + kind + "/" + id;
		}, model, response, refusal -> form(kind, null, form.toSingleValueMap(), multi(form), model));
	}

	@GetMapping("/resources/" + KINDS + "/{id}")
	String edit(@PathVariable String kind, @PathVariable long id, Model model) {
		Map<String, String> values = new LinkedHashMap<>();
		List<String> selected = new ArrayList<>();
		switch (kind) {
			case "courses" -> {
				Course course = courses.get(id);
				put(values, "version", course.version(), "title", course.title(), "description", course.description(),
						"providerPartner", course.providerPartnerId(), "providerName",
						course.providerPartnerId() == null ? course.providerName() : null, "area",
						references.areaCodeOf(course.areaId()), "language", course.language(), "startsOn",
						course.startsOn(), "endsOn", course.endsOn(), "place", course.place(), "cost",
						course.costCents() == null ? null : java.math.BigDecimal.valueOf(course.costCents(), 2),
						"funding", course.funding(), "entryRequirements", course.entryRequirements(), "credential",
						course.credential(), "url", course.url(), "occupations",
						String.join("\n", course.occupationUris()));
			}
			case "offers" -> {
				JobOffer offer = offers.get(id);
				put(values, "version", offer.version(), "title", offer.title(), "description", offer.description(),
						"employer", offer.employer(), "place", offer.place(), "contractType", offer.contractType(),
						"workingTime", offer.workingTime(), "area", references.areaCodeOf(offer.areaId()), "occupation",
						offer.occupationUri(), "language", offer.language(), "publishedOn", offer.publishedOn(),
						"expiresOn", offer.expiresOn(), "url", offer.url());
				model.addAttribute("expiredItem", offer.expiredOn(clock.today()));
			}
			case "documents" -> {
				LibraryDocument document = documents.get(id);
				put(values, "version", document.version(), "title", document.title(), "kind", document.kind(),
						"language", document.language(), "description", document.description(), "shelfMark",
						document.shelfMark(), "link", document.link(), "audience", document.audience());
				document.areaIds().forEach(area -> selected.add("area:" + references.areaCodeOf(area)));
				document.topicIds().forEach(topic -> selected.add("topic:" + topic));
			}
			default -> {
				Guide guide = guides.get(id);
				put(values, "version", guide.version(), "title", guide.title(), "summary", guide.summary(), "body",
						guide.body(), "language", guide.language(), "area", references.areaCodeOf(guide.areaId()),
						"link", guide.link());
			}
		}
		return form(kind, id, values, selected, model);
	}

	@PostMapping("/resources/" + KINDS + "/{id}")
	String update(@PathVariable String kind, @PathVariable long id, @RequestParam MultiValueMap<String, String> form,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return PageProblem.attempt(() -> {
			Long version = ItemChecks.id(form.getFirst("version"), "version");
			switch (kind) {
				case "courses" -> courses.update(id, version, course(form));
				case "offers" -> offers.update(id, version, offer(form));
				case "documents" -> documents.update(id, version, document(form));
				default -> guides.update(id, version, guide(form));
			}
			redirect.addFlashAttribute("saved", "resources.saved");
			return "redirect:/resources/" + kind + "/" + id;
		}, model, response, refusal -> form(kind, id, form.toSingleValueMap(), multi(form), model));
	}

	@GetMapping("/resources/" + KINDS + "/{id}/delete")
	String confirmDelete(@PathVariable String kind, @PathVariable long id, Model model) {
		model.addAttribute("kind", kind);
		model.addAttribute("id", id);
		model.addAttribute("title", title(kind, id));
		return "resources/delete";
	}

	@PostMapping("/resources/" + KINDS + "/{id}/delete")
	String delete(@PathVariable String kind, @PathVariable long id, RedirectAttributes redirect) {
		String title = title(kind, id);
		switch (kind) {
			case "courses" -> courses.delete(id);
			case "offers" -> offers.delete(id);
			case "documents" -> documents.delete(id);
			default -> guides.delete(id);
		}
		redirect.addFlashAttribute("deleted", title);
		return "redirect:/resources/" + kind;
	}

	private String title(String kind, long id) {
		return switch (kind) {
			case "courses" -> courses.get(id).title();
			case "offers" -> offers.get(id).title();
			case "documents" -> documents.get(id).title();
			default -> guides.get(id).title();
		};
	}

	private String form(String kind, Long id, Map<String, String> values, List<String> selected, Model model) {
		model.addAttribute("kind", kind);
		model.addAttribute("id", id);
		model.addAttribute("values", values);
		model.addAttribute("selected", selected);
		model.addAttribute("areas", centre.areas());
		model.addAttribute("partners", partners.all());
		model.addAttribute("contractTypes", ContractType.values());
		model.addAttribute("workingTimes", WorkingTime.values());
		model.addAttribute("documentKinds", DocumentKind.values());
		model.addAttribute("audiences", Audience.values());
		model.addAttribute("topics", centre.topics());
		model.addAttribute("areaById",
				centre.areas().stream().collect(Collectors.toMap(area -> area.id(), area -> area, (a, b) -> a)));
		return "resources/form";
	}

	/**
	 * The checkboxes ticked, as "area:CODE" and "topic:ID", to show a refused form again.
	 */
	private static List<String> multi(MultiValueMap<String, String> form) {
		List<String> selected = new ArrayList<>();
		form.getOrDefault("areas", List.of()).forEach(code -> selected.add("area:" + code));
		form.getOrDefault("topics", List.of()).forEach(topic -> selected.add("topic:" + topic));
		return selected;
	}

	private Courses.Draft course(MultiValueMap<String, String> form) {
		Set<String> occupations = new LinkedHashSet<>();
		String lines = form.getFirst("occupations");
		if (lines != null) {
			Arrays.stream(lines.split("[\\s,]+")).filter(line -> !line.isBlank()).forEach(occupations::add);
		}
		return new Courses.Draft(ItemChecks.id(form.getFirst("providerPartner"), "provider"),
				form.getFirst("providerName"), form.getFirst("title"), form.getFirst("description"),
				references.areaCode(form.getFirst("area")), form.getFirst("language"),
				ItemChecks.FIELDS.date(form.getFirst("startsOn"), "startsOn"),
				ItemChecks.FIELDS.date(form.getFirst("endsOn"), "endsOn"), form.getFirst("place"),
				ItemChecks.euros(form.getFirst("cost")), form.getFirst("funding"), form.getFirst("entryRequirements"),
				form.getFirst("credential"), form.getFirst("url"), occupations);
	}

	private JobOffers.Draft offer(MultiValueMap<String, String> form) {
		return new JobOffers.Draft(form.getFirst("employer"), form.getFirst("title"), form.getFirst("description"),
				form.getFirst("place"), Bands.parse(ContractType.class, form.getFirst("contractType"), "contractType"),
				Bands.parse(WorkingTime.class, form.getFirst("workingTime"), "workingTime"),
				references.areaCode(form.getFirst("area")), form.getFirst("occupation"), form.getFirst("language"),
				ItemChecks.FIELDS.date(form.getFirst("publishedOn"), "publishedOn"),
				ItemChecks.FIELDS.date(form.getFirst("expiresOn"), "expiresOn"), form.getFirst("url"));
	}

	private LibraryDocuments.Draft document(MultiValueMap<String, String> form) {
		Set<Long> areas = new LinkedHashSet<>();
		form.getOrDefault("areas", List.of()).forEach(code -> areas.add(references.areaCode(code)));
		areas.remove(null);
		Set<Long> topics = new LinkedHashSet<>();
		form.getOrDefault("topics", List.of()).forEach(topic -> topics.add(ItemChecks.id(topic, "topics")));
		topics.remove(null);
		return new LibraryDocuments.Draft(form.getFirst("title"),
				Bands.parse(DocumentKind.class, form.getFirst("kind"), "kind"), form.getFirst("language"),
				form.getFirst("description"), form.getFirst("shelfMark"), form.getFirst("link"),
				Bands.parse(Audience.class, form.getFirst("audience"), "audience"), areas, topics);
	}

	private Guides.Draft guide(MultiValueMap<String, String> form) {
		return new Guides.Draft(form.getFirst("title"), form.getFirst("summary"), form.getFirst("body"),
				form.getFirst("language"), references.areaCode(form.getFirst("area")), form.getFirst("link"));
	}

	private String areaName(Long id, Locale locale) {
		if (id == null) {
			return "";
		}
		return centre.areas()
			.stream()
			.filter(area -> area.id().value() == id)
			.map(area -> area.name(locale))
			.findFirst()
			.orElse("");
	}

	private static String dates(LocalDate from, LocalDate to) {
		java.time.format.DateTimeFormatter format = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
		if (from == null && to == null) {
			return null;
		}
		return (from == null ? "…" : from.format(format)) + " – " + (to == null ? "…" : to.format(format));
	}

	private static String join(String... parts) {
		return Arrays.stream(parts).filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(" · "));
	}

	private static void put(Map<String, String> values, Object... namesAndValues) {
		for (int i = 0; i < namesAndValues.length; i += 2) {
			Object value = namesAndValues[i + 1];
			values.put((String) namesAndValues[i], value == null ? "" : value.toString());
		}
	}

}
