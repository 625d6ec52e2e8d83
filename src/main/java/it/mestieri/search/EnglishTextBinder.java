package it.mestieri.search;

import java.util.function.Function;

import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;

/**
 * The English analysis of a catalogue item's title and text, written only when the item
 * is in English. Analysing every Italian offer as English too doubled the terms a query
 * looks up and the postings it scores, for no match an Italian analysis would miss.
 */
final class EnglishTextBinder<T> implements TypeBinder {

	private final Class<T> type;

	private final String textProperty;

	private final Function<T, String> language;

	private final Function<T, String> title;

	private final Function<T, String> text;

	EnglishTextBinder(Class<T> type, String textProperty, Function<T, String> language, Function<T, String> title,
			Function<T, String> text) {
		this.type = type;
		this.textProperty = textProperty;
		this.language = language;
		this.title = title;
		this.text = text;
	}

	@Override
	public void bind(TypeBindingContext context) {
		context.dependencies().use("language").use("title").use(textProperty);
		IndexFieldReference<String> titleField = english(context, SearchMapping.TITLE_EN);
		IndexFieldReference<String> textField = english(context, SearchMapping.TEXT_EN);
		context.bridge((TypeBridge<Object>) (document, entity, write) -> {
			T item = type.cast(entity);
			if (!"en".equals(language.apply(item))) {
				return;
			}
			document.addValue(titleField, title.apply(item));
			String written = text.apply(item);
			if (written != null && !written.isBlank()) {
				document.addValue(textField, written);
			}
		});
	}

	private static IndexFieldReference<String> english(TypeBindingContext context, String name) {
		return context.indexSchemaElement()
			.field(name, f -> f.asString().analyzer(SearchAnalysis.ENGLISH).projectable(Projectable.YES))
			.toReference();
	}

}
