package it.mestieri.search;

import it.mestieri.shared.ImportJobs;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.mestieri.search.CatalogueSearch.Hit;
import it.mestieri.search.CatalogueSearch.Query;
import it.mestieri.search.CatalogueSearch.Results;
import it.mestieri.shared.CentreClock;
import it.mestieri.shared.DomainException;

@RestController
@RequestMapping(path = "/api/v1/search", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Search", description = "One search across occupations, courses, job offers, documents and guides")
public class SearchApi {

	private final CatalogueSearch search;

	private final ResourceUsage usage;

	private final ImportJobs jobs;

	private final SearchIndex index;

	private final MessageSource messages;

	private final CentreClock clock;

	SearchApi(CatalogueSearch search, ResourceUsage usage, ImportJobs jobs, SearchIndex index, MessageSource messages,
			CentreClock clock) {
		this.search = search;
		this.usage = usage;
		this.jobs = jobs;
		this.index = index;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	@Operation(summary = "Search everything (public): every word must match, in any order, in Italian, English or any "
			+ "imported language, typos forgiven; expired job offers never appear. Facets count the items found.")
	SearchResponse search(
			@Parameter(description = "The words to look for; empty to browse with the filters") @RequestParam(
					defaultValue = "") String q,
			@Parameter(
					description = "Kinds of item: OCCUPATION, COURSE, JOB_OFFER, DOCUMENT, GUIDE (repeat or comma-separate)") @RequestParam(
							required = false) List<String> type,
			@Parameter(description = "Centre area codes, such as LAVORO") @RequestParam(
					required = false) List<String> area,
			@Parameter(description = "Language of the items, such as it or en") @RequestParam(
					required = false) List<String> language,
			@Parameter(description = "Places, as the facet gives them") @RequestParam(
					required = false) List<String> place,
			@Parameter(description = "Contract types of job offers, such as PERMANENT") @RequestParam(
					required = false) List<String> contractType,
			@Parameter(
					description = "The user's language (it or en): titles and snippets in it when there is one; default the Accept-Language") @RequestParam(
							required = false) String lang,
			@Parameter(description = "Page, from 0") @RequestParam(defaultValue = "0") int page,
			@Parameter(description = "Items per page, 1 to 50") @RequestParam(defaultValue = "10") int size) {
		Locale locale = locale(lang);
		Query query = new SearchRequest(q, type, area, language, place, contractType).query(page, size, locale);
		Results results = search.search(query);
		if (page == 0 && !query.text().isEmpty()) {
			usage.searched(query.text(), ResourceUsage.Channel.current());
		}
		return new SearchResponse(results.total(), page, size, results.items().stream().map(SearchApi::item).toList(),
				results.facets()
					.stream()
					.map(facet -> new FacetResponse(facet.name(),
							facet.values()
								.stream()
								.map(value -> new FacetValueResponse(value.value(), value.label(), value.count(),
										value.selected()))
								.toList()))
					.toList(),
				attribution(locale));
	}

	@GetMapping("/suggest")
	@Operation(summary = "Up to 8 titles for what was typed so far (public; 2 characters at least), with the ESCO "
			+ "attribution since occupation titles are ESCO's")
	SuggestResponse suggest(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String lang) {
		Locale locale = locale(lang);
		return new SuggestResponse(search.suggest(q, locale, 8).stream().map(SearchApi::item).toList(),
				attribution(locale));
	}

	@PostMapping("/index")
	@Operation(
			summary = "Rebuild the search index from the database in the background (COORDINATOR); the progress is at "
					+ "the Location, /api/v1/imports/{id}")
	ResponseEntity<JobResponse> rebuild() {
		ImportJobs.Job job = jobs.start(SearchIndex.INDEX_JOB, progress -> {
			index.rebuild(progress);
			return "indexed";
		});
		return ResponseEntity.accepted()
			.location(URI.create("/api/v1/imports/" + job.id))
			.body(new JobResponse(job.id, job.kind, job.status().name()));
	}

	@GetMapping("/usage")
	@Operation(
			summary = "Anonymous usage counts between two days included (COORDINATOR): searches per day and channel, "
					+ "items consulted per day, the 20 most searched words; default the last 30 days")
	ResourceUsage.Report usage(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		LocalDate end = to == null ? clock.today() : to;
		LocalDate start = from == null ? end.minusDays(29) : from;
		if (start.isAfter(end) || start.plusYears(2).isBefore(end)) {
			throw DomainException.invalid("search.invalid.period");
		}
		return usage.report(start, end);
	}

	static Locale locale(String lang) {
		if (lang == null || lang.isBlank()) {
			return LocaleContextHolder.getLocale();
		}
		return switch (lang.strip().toLowerCase(Locale.ROOT)) {
			case "it" -> Locale.ITALIAN;
			case "en" -> Locale.ENGLISH;
			default -> throw DomainException.invalid("search.invalid.lang", lang);
		};
	}

	static ItemResponse item(Hit hit) {
		return new ItemResponse(hit.type(), hit.id(), hit.title(), hit.uri(), hit.snippet(), hit.url());
	}

	String attribution(Locale locale) {
		return messages.getMessage("resources.esco.attribution", null, locale);
	}

	/** {@code snippet} is HTML: text escaped, the matched words in {@code <mark>}. */
	record ItemResponse(ItemType type, long id, String title, String uri, String snippet, String url) {
	}

	record FacetValueResponse(String value, String label, long count, boolean selected) {
	}

	record FacetResponse(String name, List<FacetValueResponse> values) {
	}

	record SearchResponse(long total, int page, int size, List<ItemResponse> items, List<FacetResponse> facets,
			String attribution) {
	}

	record SuggestResponse(List<ItemResponse> items, String attribution) {
	}

	record JobResponse(long id, String kind, String status) {
	}

}
