package it.mestieri.partners;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.AnnotationKeyword;
import com.networknt.schema.path.PathType;
import com.networknt.schema.resource.ClasspathResourceLoader;

import tools.jackson.databind.JsonNode;

/**
 * The Open Referral HSDS 3.0 JSON schemas, vendored under {@code hsds/schema/} (CC BY-SA
 * 4.0, see the LICENSE there), checked with a real JSON Schema validator. The schemas are
 * the compiled ones of the specification (each self-contained, nested objects inlined)
 * and the OpenAPI description whose {@code Page} schema wraps a list. They are addressed
 * by their canonical URLs, which are mapped to the classpath: nothing is ever fetched
 * from the network.
 */
@Component
class HsdsSchemas {

	/**
	 * Where the specification publishes the schemas (the OpenAPI description refers to
	 * them so).
	 */
	static final String CANONICAL = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/";

	/**
	 * At most this many errors are reported for one upload: enough to fix it, not a
	 * flood.
	 */
	static final int MAX_ERRORS = 100;

	/**
	 * The kinds of HSDS document the centre understands, and where each one's schema is.
	 */
	enum Kind {

		ORGANIZATION("compiled/organization.json"), SERVICE("compiled/service.json"),
		SERVICE_AT_LOCATION("compiled/service_at_location.json"),
		/**
		 * A location has no compiled schema of its own: it is the one nested in an
		 * organization.
		 */
		LOCATION("compiled/organization.json#/properties/locations/items"),
		/** The paginated envelope of the OpenAPI description's list operations. */
		PAGE("openapi.json#/components/schemas/Page");

		private final String path;

		Kind(String path) {
			this.path = path;
		}

	}

	/**
	 * One way a document breaks the schema: where (a JSON pointer into the upload) and
	 * what.
	 */
	record Violation(String pointer, String message) {
	}

	private final SchemaRegistry registry;

	private final Map<Kind, Schema> schemas = new ConcurrentHashMap<>();

	/**
	 * Keywords of the HSDS schemas that are not JSON Schema (Frictionless Data Package
	 * metadata and documentation): annotations, so the validator knows them and does not
	 * warn.
	 */
	static final List<String> HSDS_KEYWORDS = List.of("name", "path", "constraints", "core", "example",
			"datapackage_metadata", "datapackage_type", "tabular_required");

	HsdsSchemas() {
		Dialect.Builder dialect = Dialect.builder(Dialects.getDraft202012());
		HSDS_KEYWORDS.forEach(keyword -> dialect.keyword(new AnnotationKeyword(keyword)));
		this.registry = SchemaRegistry.withDefaultDialect(dialect.build(), builder -> builder.schemaRegistryConfig(
				SchemaRegistryConfig.builder().pathType(PathType.JSON_POINTER).formatAssertionsEnabled(true).build())
			.schemaLoader(loader -> loader.fetchRemoteResources(false)
				.schemaIdResolvers(ids -> ids.mapPrefix(CANONICAL, "classpath:hsds/schema/"))
				.resourceLoaders(loaders -> loaders.values(list -> {
					list.clear();
					list.add(ClasspathResourceLoader.getInstance());
				}))));
	}

	/**
	 * The ways {@code document} breaks the schema of {@code kind}, with pointers prefixed
	 * by {@code at} (where the document sits in the upload) and messages in
	 * {@code locale}.
	 */
	List<Violation> validate(Kind kind, JsonNode document, String at, Locale locale) {
		List<Error> errors = schema(kind).validate(document,
				context -> context.executionConfig(config -> config.locale(locale).formatAssertionsEnabled(true)));
		List<Violation> violations = new ArrayList<>();
		for (Error error : errors) {
			if (violations.size() == MAX_ERRORS) {
				break;
			}
			String pointer = error.getInstanceLocation().toString();
			String message = error.getMessage();
			if (message.startsWith(pointer + ": ")) {
				message = message.substring(pointer.length() + 2);
			}
			violations.add(new Violation(at + pointer, message));
		}
		return violations;
	}

	/** The schema of that kind, read once (the organization's is 3 MB). */
	Schema schema(Kind kind) {
		return schemas.computeIfAbsent(kind, k -> {
			Schema schema = registry.getSchema(SchemaLocation.of(CANONICAL + k.path));
			schema.initializeValidators();
			return schema;
		});
	}

}
