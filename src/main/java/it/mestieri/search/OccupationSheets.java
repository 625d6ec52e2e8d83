package it.mestieri.search;

import it.mestieri.classification.LabelKind;
import it.mestieri.classification.Occupation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.mestieri.centre.Area;
import it.mestieri.centre.CentreDirectory;
import it.mestieri.calendar.EventSummary;
import it.mestieri.calendar.UpcomingEvents;
import it.mestieri.search.CatalogueSearch.Hit;
import it.mestieri.shared.DomainException;

/**
 * The sheet of an occupation: its labels, ISCO group, CP2011 professions, description,
 * skills, and what the centre has for it (courses, open offers, documents and guides,
 * from the search index; upcoming events, from the calendar) with the area to ask at
 * reception. That area follows a simple rule: LAVORO when open offers exist for it,
 * FORMAZIONE when courses do, ORIENTAMENTO otherwise (the first walk-in area when the
 * centre has no area of that code).
 */
@Service
class OccupationSheets {

	static final int RELATED = 5;

	@PersistenceContext
	private EntityManager entityManager;

	private final JdbcClient jdbc;

	private final CatalogueSearch search;

	private final CentreDirectory centre;

	private final UpcomingEvents upcomingEvents;

	OccupationSheets(JdbcClient jdbc, CatalogueSearch search, CentreDirectory centre, UpcomingEvents upcomingEvents) {
		this.jdbc = jdbc;
		this.search = search;
		this.centre = centre;
		this.upcomingEvents = upcomingEvents;
	}

	record Label(String language, LabelKind kind, String text) {
	}

	record Cp2011(String code, String title, String relation) {
	}

	/**
	 * A text in a language; {@code fallback} when it is not in the language asked for.
	 */
	record Text(String language, String text, boolean fallback) {
	}

	record Skill(String uri, String label, String language) {
	}

	/**
	 * {@code titleInEnglish}: shown in English because ESCO has no name in the user's
	 * language.
	 */
	record Sheet(long id, String uri, String code, String title, String titleLanguage, boolean titleInEnglish,
			List<String> forms, List<String> alternatives, List<Label> labels, String iscoCode, String iscoLabel,
			List<Cp2011> cp2011, Text description, Map<String, String> descriptions, List<Skill> essentialSkills,
			List<Skill> optionalSkills, List<Hit> courses, List<Hit> offers, List<Hit> documents,
			List<EventSummary> events, Area askAt) {
	}

	@Transactional(readOnly = true)
	Sheet sheet(long id, Locale locale) {
		Occupation occupation = Optional.ofNullable(entityManager.find(Occupation.class, id))
			.orElseThrow(() -> DomainException.notFound("resources.occupation.notFound", id));
		return sheet(occupation, locale);
	}

	@Transactional(readOnly = true)
	Optional<Long> idOf(String uri) {
		return jdbc.sql("select id from resources_occupation where uri = ?").param(uri).query(Long.class).optional();
	}

	private Sheet sheet(Occupation occupation, Locale locale) {
		String language = "en".equals(locale.getLanguage()) ? "en" : "it";
		String italian = occupation.preferredLabel("it");
		String english = occupation.preferredLabel("en");
		String title = "en".equals(language) && english != null ? english : italian != null ? italian : english;
		String titleLanguage = title == null ? language : title.equals(italian) ? "it" : "en";
		boolean titleInEnglish = !"en".equals(language) && "en".equals(titleLanguage);
		List<String> forms = title == null ? List.of() : Occupation.genderForms(title);
		List<String> alternatives = occupation.labels(titleLanguage, LabelKind.ALTERNATIVE);
		List<Label> labels = occupation.labels()
			.stream()
			.map(label -> new Label(label.language(), label.kind(), label.text()))
			.sorted(java.util.Comparator.comparing(Label::language).thenComparing(Label::kind))
			.toList();
		Map<String, String> descriptions = new LinkedHashMap<>(occupation.descriptions());
		Text description = descriptions.containsKey(language) ? new Text(language, descriptions.get(language), false)
				: descriptions.containsKey("en") ? new Text("en", descriptions.get("en"), true)
						: descriptions.entrySet()
							.stream()
							.findFirst()
							.map(entry -> new Text(entry.getKey(), entry.getValue(), true))
							.orElse(null);
		List<Cp2011> cp2011 = occupation.cp2011()
			.stream()
			.filter(match -> match.profession() != null)
			.map(match -> new Cp2011(match.profession().code(), match.profession().title(),
					match.relation() == null ? null : match.relation().name()))
			.sorted(java.util.Comparator.comparing(Cp2011::code))
			.toList();
		String iscoLabel = occupation.iscoCode() == null ? null : iscoLabel(occupation.iscoCode(), language);
		List<Skill> essential = skills(occupation.uri(), "ESSENTIAL", language);
		List<Skill> optional = skills(occupation.uri(), "OPTIONAL", language);
		List<Hit> courses = search.about(occupation.uri(), ItemType.COURSE, locale, RELATED);
		List<Hit> offers = search.about(occupation.uri(), ItemType.JOB_OFFER, locale, RELATED);
		List<Hit> documents = forms.isEmpty() ? List.of()
				: search
					.search(new CatalogueSearch.Query(forms.get(0), java.util.Set.of(ItemType.DOCUMENT, ItemType.GUIDE),
							null, null, null, null, 0, RELATED, locale))
					.items();
		return new Sheet(occupation.id(), occupation.uri(), occupation.code(), title, titleLanguage, titleInEnglish,
				forms, alternatives, labels, occupation.iscoCode(), iscoLabel, cp2011, description, descriptions,
				essential, optional, courses, offers, documents,
				upcomingEvents.forOccupation(occupation.uri(), RELATED), askAt(!offers.isEmpty(), !courses.isEmpty()));
	}

	/** The reception area to ask at: see the class comment. */
	Area askAt(boolean offers, boolean courses) {
		String code = offers ? "LAVORO" : courses ? "FORMAZIONE" : "ORIENTAMENTO";
		return centre.area(code).orElseGet(() -> centre.walkInAreas().isEmpty() ? null : centre.walkInAreas().get(0));
	}

	private String iscoLabel(String code, String language) {
		List<Object[]> rows = jdbc
			.sql("select l.language, l.text from resources_isco_group g join resources_label l "
					+ "on l.concept_uri = g.uri and l.kind = 'PREFERRED' where g.code = ?")
			.param(code)
			.query((rs, n) -> new Object[] { rs.getString(1), rs.getString(2) })
			.list();
		return pick(rows, language);
	}

	private List<Skill> skills(String occupationUri, String relation, String language) {
		List<Object[]> rows = jdbc
			.sql("select s.skill_uri, l.language, l.text from resources_occupation_skill s "
					+ "left join resources_label l on l.concept_uri = s.skill_uri and l.kind = 'PREFERRED' "
					+ "and l.language in (?, 'en') where s.occupation_uri = ? and s.relation = ?")
			.params(language, occupationUri, relation)
			.query((rs, n) -> new Object[] { rs.getString(1), rs.getString(2), rs.getString(3) })
			.list();
		Map<String, Skill> skills = new LinkedHashMap<>();
		for (Object[] row : rows) {
			String uri = (String) row[0];
			Skill current = skills.get(uri);
			if (current == null || current.label() == null
					|| (!language.equals(current.language()) && language.equals(row[1]))) {
				skills.put(uri, new Skill(uri, (String) row[2], (String) row[1]));
			}
		}
		List<Skill> sorted = new ArrayList<>(skills.values());
		sorted.sort(java.util.Comparator.comparing(skill -> skill.label() == null ? skill.uri() : skill.label()));
		return sorted;
	}

	private static String pick(List<Object[]> rows, String language) {
		for (String wanted : List.of(language, "en", "it")) {
			for (Object[] row : rows) {
				if (wanted.equals(row[0])) {
					return (String) row[1];
				}
			}
		}
		return rows.isEmpty() ? null : (String) rows.get(0)[1];
	}

}
