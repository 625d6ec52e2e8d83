package it.mestieri.search;

import it.mestieri.classification.Occupation;
import it.mestieri.catalogue.Course;
import it.mestieri.catalogue.Guide;
import it.mestieri.catalogue.JobOffer;
import it.mestieri.catalogue.LibraryDocument;

import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.ProgrammaticMappingConfigurationContext;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.PropertyMappingStep;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;

/**
 * The search index of the resource centre: one index per kind of item, all with the same
 * field names and types where they share a meaning, so that one query runs across the
 * five of them. The catalogue entities are mapped by field name (programmatically, not
 * with annotations); occupations through {@link OccupationBinder}, which derives titles
 * and synonyms from the labels. Fields are described in docs/architecture.md, "Search".
 */
public class SearchMapping implements HibernateOrmSearchMappingConfigurer {

	/**
	 * Public only because Hibernate Search builds it by class name
	 * (application.properties), in every context.
	 */
	public SearchMapping() {
	}

	/**
	 * The version of this mapping. Raise it when a field changes type or analysis, or a
	 * value is written differently: at start, an index built by another version is
	 * dropped and rebuilt ({@link SearchIndexAtStart}). 2: the kind and the contract type
	 * as numbers (their position).
	 */
	static final int VERSION = 2;

	/** What kind of item a document is: the position of its {@link ItemType}. */
	static final String TYPE = "type";

	/** The shown title, Italian analysis. */
	static final String TITLE_IT = "title_it";

	/** The title with English analysis (English preferred label for occupations). */
	static final String TITLE_EN = "title_en";

	/**
	 * The whole title (each gender form of an occupation), lower case, accents folded: an
	 * exact match ranks first.
	 */
	static final String TITLE_EXACT = "title_exact";

	/**
	 * Titles and labels in every language, words whole and folded: the field typos are
	 * forgiven on.
	 */
	static final String NAMES = "names_folded";

	/**
	 * An occupation's alternative and hidden labels, whole: a query that is one of them
	 * ranks it first.
	 */
	static final String LABEL_EXACT = "label_exact";

	/**
	 * A title whole, its words stemmed (analyzer italian_whole): plurals and gender forms
	 * of a title.
	 */
	static final String TITLE_STEMMED = "title_stemmed";

	/** Edge n-grams of the titles, for suggestions while typing. */
	static final String SUGGEST = "suggest";
	static final String LABELS_IT = "labels_it";
	static final String LABELS_EN = "labels_en";
	static final String LABELS_OTHER = "labels_other";
	static final String TEXT_IT = "text_it";
	static final String TEXT_EN = "text_en";
	static final String BODY_IT = "body_it";

	/** Who offers it: the employer of an offer, the provider of a course. */
	static final String ORG = "org";
	static final String URI = "uri";

	/** ESCO occupation URIs an item is about (its own for an occupation). */
	static final String OCCUPATION = "occupation";
	static final String AREA = "area";
	static final String LANGUAGE = "language";
	static final String PLACE = "place";
	static final String CONTRACT_TYPE = "contractType";
	static final String PUBLISHED_ON = "publishedOn";
	static final String EXPIRES_ON = "expiresOn";
	static final String STARTS_ON = "startsOn";

	@Override
	public void configure(HibernateOrmMappingConfigurationContext context) {
		ProgrammaticMappingConfigurationContext mapping = context.programmaticMapping();

		TypeMappingStep occupation = mapping.type(Occupation.class);
		occupation.indexed().index("occupation");
		occupation.binder(new OccupationBinder());

		TypeMappingStep course = mapping.type(Course.class);
		course.indexed().index("course");
		course.binder(new KindBinder(ItemType.COURSE));
		title(course.property("title"));
		text(course.property("description"));
		course.binder(new EnglishTextBinder<>(Course.class, "description", Course::language, Course::title,
				Course::description));
		course.property("providerName").fullTextField(ORG).analyzer(SearchAnalysis.FOLDED);
		course.property("areaId").genericField(AREA).aggregable(Aggregable.YES);
		keyword(course.property("language"), LANGUAGE);
		keyword(course.property("place"), PLACE);
		course.property("startsOn").genericField(STARTS_ON).projectable(Projectable.YES);
		course.property("occupationUris").keywordField(OCCUPATION);

		TypeMappingStep offer = mapping.type(JobOffer.class);
		offer.indexed().index("job_offer");
		offer.binder(new KindBinder(ItemType.JOB_OFFER));
		title(offer.property("title"));
		text(offer.property("description"));
		offer.binder(new EnglishTextBinder<>(JobOffer.class, "description", JobOffer::language, JobOffer::title,
				JobOffer::description));
		offer.property("employer").fullTextField(ORG).analyzer(SearchAnalysis.FOLDED);
		offer.property("areaId").genericField(AREA).aggregable(Aggregable.YES);
		keyword(offer.property("language"), LANGUAGE);
		keyword(offer.property("place"), PLACE);
		offer.property("contractType")
			.genericField(CONTRACT_TYPE)
			.valueBridge(new ContractTypeBridge())
			.aggregable(Aggregable.YES);
		offer.property("occupationUri").keywordField(OCCUPATION);
		offer.property("publishedOn").genericField(PUBLISHED_ON);
		offer.property("expiresOn").genericField(EXPIRES_ON).projectable(Projectable.YES);

		TypeMappingStep document = mapping.type(LibraryDocument.class);
		document.indexed().index("document");
		document.binder(new KindBinder(ItemType.DOCUMENT));
		title(document.property("title"));
		text(document.property("description"));
		document.binder(new EnglishTextBinder<>(LibraryDocument.class, "description", LibraryDocument::language,
				LibraryDocument::title, LibraryDocument::description));
		document.property("areaIds").genericField(AREA).aggregable(Aggregable.YES);
		keyword(document.property("language"), LANGUAGE);

		TypeMappingStep guide = mapping.type(Guide.class);
		guide.indexed().index("guide");
		guide.binder(new KindBinder(ItemType.GUIDE));
		title(guide.property("title"));
		text(guide.property("summary"));
		guide.binder(new EnglishTextBinder<>(Guide.class, "summary", Guide::language, Guide::title, Guide::summary));
		guide.property("body").fullTextField(BODY_IT).analyzer(SearchAnalysis.ITALIAN);
		guide.property("areaId").genericField(AREA).aggregable(Aggregable.YES);
		keyword(guide.property("language"), LANGUAGE);
	}

	/** A catalogue item's title, searched as the occupations' titles are. */
	private static void title(PropertyMappingStep title) {
		title.fullTextField(TITLE_IT).analyzer(SearchAnalysis.ITALIAN).projectable(Projectable.YES);
		title.keywordField(TITLE_EXACT).normalizer(SearchAnalysis.KEYWORD);
		title.fullTextField(TITLE_STEMMED).analyzer(SearchAnalysis.ITALIAN_WHOLE);
		title.fullTextField(NAMES).analyzer(SearchAnalysis.FOLDED);
		title.fullTextField(SUGGEST).analyzer(SearchAnalysis.PREFIX).searchAnalyzer(SearchAnalysis.FOLDED);
	}

	/**
	 * A catalogue item's text in Italian; its English analysis is
	 * {@link EnglishTextBinder}'s.
	 */
	private static void text(PropertyMappingStep text) {
		text.fullTextField(TEXT_IT).analyzer(SearchAnalysis.ITALIAN).projectable(Projectable.YES);
	}

	private static void keyword(PropertyMappingStep property, String field) {
		property.keywordField(field).aggregable(Aggregable.YES).projectable(Projectable.YES).searchable(Searchable.YES);
	}

}
