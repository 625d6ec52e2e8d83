package it.mestieri.resources;

import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;

/** Writes the kind of item, the same for every document of an index, as the {@code type} field. */
final class KindBinder implements TypeBinder {

	private final ItemType type;

	KindBinder(ItemType type) {
		this.type = type;
	}

	@Override
	public void bind(TypeBindingContext context) {
		context.dependencies().useRootOnly();
		IndexFieldReference<String> field = context.indexSchemaElement()
			.field(SearchMapping.TYPE, f -> f.asString().aggregable(Aggregable.YES).projectable(Projectable.YES))
			.toReference();
		String value = type.name();
		context.bridge((TypeBridge<Object>) (document, entity, write) -> document.addValue(field, value));
	}
}
