package it.mestieri.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import it.mestieri.search.CatalogueSearch.Query;
import it.mestieri.search.CatalogueSearch.Results;
import it.mestieri.shared.CentreClock;
import it.mestieri.shared.DomainException;
import it.mestieri.shared.PageProblem;

/**
 * The search page (public and staff), the occupation sheet (public) and the usage figures
 * (coordinator).
 */
@Controller
class SearchPages {

	static final int PAGE_SIZE = 10;

	private final CatalogueSearch search;

	private final OccupationSheets sheets;

	private final ResourceUsage usage;

	private final CentreClock clock;

	SearchPages(CatalogueSearch search, OccupationSheets sheets, ResourceUsage usage, CentreClock clock) {
		this.search = search;
		this.sheets = sheets;
		this.usage = usage;
		this.clock = clock;
	}

	@GetMapping("/search")
	String search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) List<String> type,
			@RequestParam(required = false) List<String> area, @RequestParam(required = false) List<String> language,
			@RequestParam(required = false) List<String> place,
			@RequestParam(required = false) List<String> contractType, @RequestParam(defaultValue = "0") String page,
			Model model, HttpServletResponse response) {
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("q", q);
		try {
			int pageNumber = page(page);
			Query query = new SearchRequest(q, type, area, language, place, contractType).query(pageNumber, PAGE_SIZE,
					locale);
			Results results = search.search(query);
			if (pageNumber == 0 && !query.text().isEmpty()) {
				usage.searched(query.text(), ResourceUsage.Channel.current());
			}
			model.addAttribute("results", results);
			model.addAttribute("searched",
					!query.text().isEmpty() || !results.query().types().isEmpty() || !query.areas().isEmpty()
							|| !query.languages().isEmpty() || !query.places().isEmpty()
							|| !query.contractTypes().isEmpty());
			model.addAttribute("links", new Links(results));
			model.addAttribute("hasOccupations",
					results.items().stream().anyMatch(hit -> hit.type() == ItemType.OCCUPATION));
		}
		catch (DomainException ex) {
			PageProblem.show(ex, model, response);
		}
		return "resources/search";
	}

	@GetMapping("/search/suggest")
	String suggest(@RequestParam(defaultValue = "") String q, Model model) {
		model.addAttribute("suggestions", search.suggest(q, LocaleContextHolder.getLocale(), 8));
		return "resources/search :: suggestions";
	}

	@GetMapping("/occupations/{id}")
	String occupation(@PathVariable long id, Model model) {
		model.addAttribute("sheet", sheets.sheet(id, LocaleContextHolder.getLocale()));
		usage.viewed(ItemType.OCCUPATION, id, ResourceUsage.Channel.current());
		return "resources/occupation";
	}

	@GetMapping("/occupations/by-uri")
	String occupationByUri(@RequestParam String uri) {
		long id = sheets.idOf(uri).orElseThrow(() -> DomainException.notFound("resources.occupation.uriNotFound"));
		return "redirect:/occupations/" + id;
	}

	@GetMapping("/resources/usage")
	String usage(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model,
			HttpServletResponse response) {
		LocalDate end = to == null ? clock.today() : to;
		LocalDate start = from == null ? end.minusDays(29) : from;
		model.addAttribute("from", start);
		model.addAttribute("to", end);
		if (start.isAfter(end) || start.plusYears(2).isBefore(end)) {
			PageProblem.show(DomainException.invalid("search.invalid.period"), model, response);
			return "resources/usage";
		}
		model.addAttribute("report", usage.report(start, end));
		return "resources/usage";
	}

	private static int page(String value) {
		try {
			return Integer.parseInt(value.strip());
		}
		catch (NumberFormatException ex) {
			throw DomainException.invalid("search.invalid.page", CatalogueSearch.MAX_PAGE);
		}
	}

	/**
	 * Links to other pages of the same search, and to the search without one filter
	 * value.
	 */
	static final class Links {

		private final Results results;

		Links(Results results) {
			this.results = results;
		}

		public String page(int page) {
			return base().replaceQueryParam("page", page).build().encode().toUriString();
		}

		public String clear() {
			return UriComponentsBuilder.fromPath("/search")
				.queryParam("q", results.query().text())
				.build()
				.encode()
				.toUriString();
		}

		private UriComponentsBuilder base() {
			Query query = results.query();
			UriComponentsBuilder builder = UriComponentsBuilder.fromPath("/search").queryParam("q", query.text());
			query.types().forEach(type -> builder.queryParam("type", type.name()));
			query.areas().forEach(area -> builder.queryParam("area", area));
			query.languages().forEach(language -> builder.queryParam("language", language));
			query.places().forEach(place -> builder.queryParam("place", place));
			query.contractTypes().forEach(contract -> builder.queryParam("contractType", contract.name()));
			return builder;
		}

	}

}
