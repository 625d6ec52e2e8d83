package it.mestieri;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * The module boundaries hold (no cycles, no access to another module's internals, only
 * the declared dependencies), and the module documentation in docs/modules is written
 * from the code: commit it when it changes.
 */
class ModularityTest {

	static final ApplicationModules MODULES = ApplicationModules.of(MestieriApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		MODULES.verify();
	}

	@Test
	void theExpectedModulesExist() {
		assertThat(MODULES.stream().map(module -> module.getIdentifier().toString())).contains("centre", "identity",
				"reception", "shared");
	}

	@Test
	void writesModuleDiagramsAndCanvasesToDocs() throws Exception {
		readableJavadocForTheDocumenter();
		Path folder = Path.of("docs", "modules");
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder.toString())).writeDocumentation()
			.writeModulesAsPlantUml();
		relationsInAStableOrder(folder);
		assertThat(folder.resolve("components.puml")).exists();
		assertThat(folder.resolve("module-reception.puml")).exists();
		assertThat(folder.resolve("module-reception.adoc")).exists();
		assertThat(Files.readString(folder.resolve("module-reception.puml"))).contains("Reception", "Centre",
				"Identity");
	}

	/**
	 * The Documenter reads the Javadoc that spring-modulith-apt extracts with Spring
	 * Boot's BasicJsonParser, which fails on valid JSON whose text holds double quotes
	 * (Spring Modulith issue 1762; 2.0.3 has it). Until the upgrade, the extracted text
	 * gets single quotes.
	 */
	private static void readableJavadocForTheDocumenter() throws IOException {
		Path javadoc = Path.of("target", "generated-spring-modulith", "javadoc.json");
		if (!Files.exists(javadoc)) {
			return;
		}
		JsonMapper json = JsonMapper.builder().build();
		JsonNode extracted = json.readTree(javadoc.toFile());
		Files.writeString(javadoc, json.writeValueAsString(withoutDoubleQuotes(extracted)));
	}

	private static JsonNode withoutDoubleQuotes(JsonNode node) {
		if (node instanceof ObjectNode object) {
			for (String name : List.copyOf(object.propertyNames())) {
				object.set(name, withoutDoubleQuotes(object.get(name)));
			}
			return object;
		}
		if (node instanceof ArrayNode array) {
			for (int i = 0; i < array.size(); i++) {
				array.set(i, withoutDoubleQuotes(array.get(i)));
			}
			return array;
		}
		if (node.isString()) {
			return StringNode.valueOf(node.asString().replace('"', '\''));
		}
		return node;
	}

	/**
	 * The Documenter lists relations in varying order: sorted, the committed diagrams
	 * change only with the code.
	 */
	private static void relationsInAStableOrder(Path folder) throws IOException {
		try (var diagrams = Files.list(folder)) {
			for (Path diagram : diagrams.filter(path -> path.toString().endsWith(".puml")).toList()) {
				List<String> lines = Files.readAllLines(diagram);
				List<String> relations = lines.stream().filter(line -> line.startsWith("Rel(")).sorted().toList();
				List<String> sorted = new java.util.ArrayList<>();
				int next = 0;
				for (String line : lines) {
					sorted.add(line.startsWith("Rel(") ? relations.get(next++) : line);
				}
				Files.write(diagram, sorted);
			}
		}
	}

}
