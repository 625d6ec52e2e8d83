package it.mestieri.classification;

import it.mestieri.shared.ImportJobs;
import it.mestieri.testing.MestieriModuleTest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The bundled default classification, loaded from the vendored files as at first start:
 * ESCO v1.1.1 in English, the Italian occupation labels of v1.0.8 and the CP2011 mapping.
 * The time it takes is logged (docs/operations.md quotes it). The classification module
 * with the modules it reads; the search index, which indexes the occupations after an
 * import, is left to {@link ClassificationApiTests}.
 */
@MestieriModuleTest
class BundledClassificationTest {

	@Autowired
	ClassificationImport imports;

	@Autowired
	ImportJobs jobs;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void emptyTheClassification() {
		ClassificationTables.clear(jdbc);
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	@Test
	void theBundledDefaultLoadsEsco111InEnglishWithItalianOccupationLabelsAndTheCp2011Mapping() throws Exception {
		var heap = java.lang.management.ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(pool -> pool.getType() == java.lang.management.MemoryType.HEAP)
			.toList();
		System.gc();
		long before = heap.stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
		heap.forEach(java.lang.management.MemoryPoolMXBean::resetPeakUsage);
		long started = System.nanoTime();
		ImportJobs.Job job = imports.loadBundled();
		while (!job.finished()) {
			Thread.sleep(100);
		}
		long millis = (System.nanoTime() - started) / 1_000_000;
		long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
		org.slf4j.LoggerFactory.getLogger(getClass())
			.info("Bundled classification loaded in {} ms; heap {} MB before, at most {} MB during", millis,
					before / (1024 * 1024), peak / (1024 * 1024));

		assertThat(job.status()).as(String.valueOf(job.failure())).isEqualTo(ImportJobs.Status.DONE);
		ClassificationImport.Result result = (ClassificationImport.Result) job.result();
		assertThat(result.version()).isEqualTo("1.1.1");
		assertThat(result.languages()).containsExactly("en", "it");
		assertThat(count("select count(*) from resources_occupation")).isEqualTo(3007);
		assertThat(count("select count(*) from resources_skill")).isEqualTo(13896);
		assertThat(count("select count(*) from resources_isco_group")).isEqualTo(619);
		assertThat(count("select count(*) from resources_occupation where isco_code is null")).isZero();
		// v1.1.1 relates 67 skills to one occupation it does not publish: left out
		assertThat(count("select count(*) from resources_occupation_skill")).isEqualTo(123855 - 67);
		assertThat(count("select count(*) from resources_label l join resources_occupation o on o.uri = l.concept_uri "
				+ "where l.language = 'it' and l.kind = 'PREFERRED'"))
			.isEqualTo(2939);
		assertThat(count("select count(*) from resources_label l join resources_occupation o on o.uri = l.concept_uri "
				+ "where l.language = 'en' and l.kind = 'PREFERRED'"))
			.isEqualTo(3007);
		assertThat(count("select count(*) from resources_label l join resources_isco_group g on g.uri = l.concept_uri "
				+ "where l.language = 'it' and l.kind = 'PREFERRED'"))
			.isEqualTo(619);
		assertThat(count("select count(*) from resources_description d join resources_occupation o "
				+ "on o.uri = d.concept_uri where d.language = 'en'"))
			.isEqualTo(3007);
		assertThat(count("select count(*) from resources_cp2011")).isEqualTo(829);
		// the mapping was made for v1.0.8: 48 of its rows name occupations v1.1.1 no
		// longer has
		assertThat(count("select count(*) from resources_occupation_cp2011")).isEqualTo(3240 - 48);
		assertThat(result.skipped()).isEqualTo(67 + 3 + 48);
		assertThat(jdbc.sql("select text from resources_label where concept_uri = "
				+ "'http://data.europa.eu/esco/occupation/00030d09-2b3a-4efd-87cc-c4ea39d27c34' and language = 'en' "
				+ "and kind = 'PREFERRED'")
			.query(String.class)
			.single()).isEqualTo("technical director");
		assertThat(count("select count(*) from resources_classification_import where source = 'BUNDLED' "
				+ "and status = 'DONE' and esco_version = '1.1.1'"))
			.isEqualTo(1);
	}

}
