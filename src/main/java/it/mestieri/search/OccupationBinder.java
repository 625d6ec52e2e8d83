package it.mestieri.search;

import it.mestieri.classification.ConceptLabel;
import it.mestieri.classification.Cp2011Match;
import it.mestieri.classification.LabelKind;
import it.mestieri.classification.Occupation;

import java.util.LinkedHashSet;
import java.util.Set;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/**
 * The search document of an occupation, derived from its labels: the Italian preferred
 * label as title (the English one when there is none), the Italian alternative and hidden
 * labels and the CP2011 titles mapped to it as synonyms, the labels of every other
 * language (English with its own analysis), the descriptions. Any change to the labels,
 * descriptions or CP2011 matches made through JPA re-indexes the occupation.
 */
final class OccupationBinder implements TypeBinder {

	@Override
	public void bind(TypeBindingContext context) {
		context.dependencies().use("uri").use("labels").use("descriptions").use("cp2011");
		IndexSchemaElement schema = context.indexSchemaElement();
		Fields fields = new Fields(
				schema
					.field(SearchMapping.TYPE,
							f -> f.asInteger().aggregable(Aggregable.YES).projectable(Projectable.YES))
					.toReference(),
				schema
					.field(SearchMapping.TITLE_IT,
							f -> f.asString().analyzer(SearchAnalysis.ITALIAN).projectable(Projectable.YES))
					.toReference(),
				schema
					.field(SearchMapping.TITLE_EN,
							f -> f.asString().analyzer(SearchAnalysis.ENGLISH).projectable(Projectable.YES))
					.toReference(),
				schema.field(SearchMapping.TITLE_EXACT, f -> f.asString().normalizer(SearchAnalysis.KEYWORD))
					.multiValued()
					.toReference(),
				schema.field(SearchMapping.LABEL_EXACT, f -> f.asString().normalizer(SearchAnalysis.KEYWORD))
					.multiValued()
					.toReference(),
				schema.field(SearchMapping.TITLE_STEMMED, f -> f.asString().analyzer(SearchAnalysis.ITALIAN_WHOLE))
					.multiValued()
					.toReference(),
				schema.field(SearchMapping.NAMES, f -> f.asString().analyzer(SearchAnalysis.FOLDED))
					.multiValued()
					.toReference(),
				schema
					.field(SearchMapping.SUGGEST,
							f -> f.asString().analyzer(SearchAnalysis.PREFIX).searchAnalyzer(SearchAnalysis.FOLDED))
					.multiValued()
					.toReference(),
				schema
					.field(SearchMapping.LABELS_IT,
							f -> f.asString().analyzer(SearchAnalysis.ITALIAN).projectable(Projectable.YES))
					.multiValued()
					.toReference(),
				schema.field(SearchMapping.LABELS_EN, f -> f.asString().analyzer(SearchAnalysis.ENGLISH))
					.multiValued()
					.toReference(),
				schema.field(SearchMapping.LABELS_OTHER, f -> f.asString().analyzer(SearchAnalysis.FOLDED))
					.multiValued()
					.toReference(),
				schema
					.field(SearchMapping.TEXT_IT,
							f -> f.asString().analyzer(SearchAnalysis.ITALIAN).projectable(Projectable.YES))
					.toReference(),
				schema
					.field(SearchMapping.TEXT_EN,
							f -> f.asString().analyzer(SearchAnalysis.ENGLISH).projectable(Projectable.YES))
					.toReference(),
				schema.field(SearchMapping.URI, f -> f.asString().projectable(Projectable.YES)).toReference(),
				schema.field(SearchMapping.OCCUPATION, f -> f.asString()).toReference(),
				schema
					.field(SearchMapping.LANGUAGE,
							f -> f.asString()
								.aggregable(Aggregable.YES)
								.projectable(Projectable.YES)
								.searchable(Searchable.YES))
					.multiValued()
					.toReference());
		context.bridge(Occupation.class, new Bridge(fields));
	}

	private record Fields(IndexFieldReference<Integer> type, IndexFieldReference<String> titleIt,
			IndexFieldReference<String> titleEn, IndexFieldReference<String> titleExact,
			IndexFieldReference<String> labelExact, IndexFieldReference<String> titleStemmed,
			IndexFieldReference<String> names, IndexFieldReference<String> suggest,
			IndexFieldReference<String> labelsIt, IndexFieldReference<String> labelsEn,
			IndexFieldReference<String> labelsOther, IndexFieldReference<String> textIt,
			IndexFieldReference<String> textEn, IndexFieldReference<String> uri, IndexFieldReference<String> occupation,
			IndexFieldReference<String> language) {
	}

	private record Bridge(Fields fields) implements TypeBridge<Occupation> {

		@Override
		public void write(DocumentElement document, Occupation occupation, TypeBridgeWriteContext context) {
			document.addValue(fields.type, ItemType.OCCUPATION.ordinal());
			document.addValue(fields.uri, occupation.uri());
			document.addValue(fields.occupation, occupation.uri());
			String italian = occupation.preferredLabel("it");
			String english = occupation.preferredLabel("en");
			String title = italian != null ? italian : english;
			if (title != null) {
				document.addValue(fields.titleIt, title);
			}
			if (english != null) {
				document.addValue(fields.titleEn, english);
			}
			Set<String> exact = new LinkedHashSet<>();
			Set<String> otherNames = new LinkedHashSet<>();
			Set<String> suggestions = new LinkedHashSet<>();
			Set<String> languages = new LinkedHashSet<>();
			for (ConceptLabel label : occupation.labels()) {
				languages.add(label.language());
				document.addValue(fields.names, label.text());
				if (label.kind() == LabelKind.PREFERRED) {
					exact.add(label.text());
					exact.addAll(Occupation.genderForms(label.text()));
					if ("it".equals(label.language()) || "en".equals(label.language())) {
						suggestions.addAll(Occupation.genderForms(label.text()));
					}
					if ("it".equals(label.language()) || "en".equals(label.language())) {
						continue;
					}
				}
				else {
					otherNames.add(label.text());
					otherNames.addAll(Occupation.genderForms(label.text()));
				}
				switch (label.language()) {
					case "it" -> document.addValue(fields.labelsIt, label.text());
					case "en" -> document.addValue(fields.labelsEn, label.text());
					default -> document.addValue(fields.labelsOther, label.text());
				}
			}
			for (Cp2011Match match : occupation.cp2011()) {
				if (match.profession() != null && match.profession().title() != null) {
					document.addValue(fields.labelsIt, match.profession().title());
					document.addValue(fields.names, match.profession().title());
				}
			}
			exact.forEach(value -> document.addValue(fields.titleExact, value));
			exact.forEach(value -> document.addValue(fields.titleStemmed, value));
			otherNames.removeAll(exact);
			otherNames.forEach(value -> document.addValue(fields.labelExact, value));
			suggestions.forEach(value -> document.addValue(fields.suggest, value));
			languages.forEach(value -> document.addValue(fields.language, value));
			String textIt = occupation.descriptions().get("it");
			if (textIt != null) {
				document.addValue(fields.textIt, textIt);
			}
			String textEn = occupation.descriptions().get("en");
			if (textEn != null) {
				document.addValue(fields.textEn, textEn);
			}
		}
	}

}
