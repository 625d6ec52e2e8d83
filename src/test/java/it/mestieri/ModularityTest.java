package it.mestieri;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries hold (no cycles, no access to another module's internals, only the
 * declared dependencies), and the module documentation in docs/modules is written from the
 * code: commit it when it changes.
 */
class ModularityTest {

	static final ApplicationModules MODULES = ApplicationModules.of(MestieriApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		MODULES.verify();
	}

	@Test
	void theExpectedModulesExist() {
		assertThat(MODULES.stream().map(module -> module.getIdentifier().toString()))
			.contains("centre", "identity", "reception", "shared");
	}

	@Test
	void writesModuleDiagramsAndCanvasesToDocs() throws Exception {
		Path folder = Path.of("docs", "modules");
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder.toString()))
			.writeDocumentation()
			.writeModulesAsPlantUml();
		assertThat(folder.resolve("components.puml")).exists();
		assertThat(folder.resolve("module-reception.puml")).exists();
		assertThat(folder.resolve("module-reception.adoc")).exists();
		assertThat(Files.readString(folder.resolve("module-reception.puml"))).contains("Reception", "Centre", "Identity");
	}
}
