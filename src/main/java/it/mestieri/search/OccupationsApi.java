package it.mestieri.search;

import it.mestieri.classification.LabelKind;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.mestieri.search.OccupationSheets.Sheet;

@RestController
@RequestMapping(path = "/api/v1/occupations", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Occupations", description = "ESCO occupations with what the centre has for them")
class OccupationsApi {

	private final OccupationSheets sheets;

	private final ResourceUsage usage;

	private final SearchApi searchApi;

	OccupationsApi(OccupationSheets sheets, ResourceUsage usage, SearchApi searchApi) {
		this.sheets = sheets;
		this.usage = usage;
		this.searchApi = searchApi;
	}

	@GetMapping("/{id}")
	@Operation(summary = "An occupation (public): labels per language and kind, ISCO group, CP2011 professions, "
			+ "descriptions, essential and optional skills (label in the requested language, English otherwise), and "
			+ "the courses, open offers, documents and guides the centre has for it, and its upcoming events (not "
			+ "cancelled, the soonest first)")
	OccupationResponse occupation(@PathVariable long id,
			@Parameter(description = "The user's language (it or en); default the Accept-Language") @RequestParam(
					required = false) String lang) {
		Locale locale = SearchApi.locale(lang);
		Sheet sheet = sheets.sheet(id, locale);
		usage.viewed(ItemType.OCCUPATION, id, ResourceUsage.Channel.current());
		Map<String, Map<LabelKind, List<String>>> labels = new LinkedHashMap<>();
		for (OccupationSheets.Label label : sheet.labels()) {
			labels.computeIfAbsent(label.language(), key -> new LinkedHashMap<>())
				.computeIfAbsent(label.kind(), key -> new java.util.ArrayList<>())
				.add(label.text());
		}
		return new OccupationResponse(sheet.id(), sheet.uri(), sheet.code(), sheet.title(), labels,
				new Isco(sheet.iscoCode(), sheet.iscoLabel()), sheet.cp2011(), sheet.descriptions(),
				new Skills(sheet.essentialSkills(), sheet.optionalSkills()),
				new Related(items(sheet.courses()), items(sheet.offers()), items(sheet.documents())),
				sheet.events()
					.stream()
					.map(event -> new UpcomingEvent(event.id().value(), event.kind().name(), event.title(),
							event.startsAt().toOffsetDateTime(), event.endsAt().toOffsetDateTime(), event.place(),
							event.page()))
					.toList(),
				sheet.askAt() == null ? null : new AskAt(sheet.askAt().code(), sheet.askAt().name(locale)),
				searchApi.attribution(locale));
	}

	private static List<SearchApi.ItemResponse> items(List<CatalogueSearch.Hit> hits) {
		return hits.stream().map(SearchApi::item).toList();
	}

	record Isco(String code, String label) {
	}

	record Skills(List<OccupationSheets.Skill> essential, List<OccupationSheets.Skill> optional) {
	}

	record Related(List<SearchApi.ItemResponse> courses, List<SearchApi.ItemResponse> openOffers,
			List<SearchApi.ItemResponse> documents) {
	}

	record AskAt(String code, String name) {
	}

	/** An event for the occupation; {@code page} is its public page. */
	record UpcomingEvent(long id, String kind, String title, java.time.OffsetDateTime startsAt,
			java.time.OffsetDateTime endsAt, String place, String page) {
	}

	record OccupationResponse(long id, String uri, String code, String title,
			Map<String, Map<LabelKind, List<String>>> labels, Isco isco, List<OccupationSheets.Cp2011> cp2011,
			Map<String, String> descriptions, Skills skills, Related related, List<UpcomingEvent> events, AskAt askAt,
			String attribution) {
	}

}
