package it.mestieri.search;

import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;

/**
 * Writes the kind of item, the same for every document of an index, as the {@code type}
 * field (its position).
 */
final class KindBinder implements TypeBinder {

	private final ItemType type;

	KindBinder(ItemType type) {
		this.type = type;
	}

	@Override
	public void bind(TypeBindingContext context) {
		context.dependencies().useRootOnly();
		IndexFieldReference<Integer> field = context.indexSchemaElement()
			.field(SearchMapping.TYPE, f -> f.asInteger().aggregable(Aggregable.YES).projectable(Projectable.YES))
			.toReference();
		Integer value = type.ordinal();
		context.bridge((TypeBridge<Object>) (document, entity, write) -> document.addValue(field, value));
	}

}
