package it.mestieri.search;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.LongSummaryStatistics;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * CPU time per search on one thread, in process, in all and per family of queries: what a search costs whatever else the machine
 * runs (latency figures need a quiet machine, this one does not). Same properties as the JMH
 * benchmark; {@code -Dbench.passes} passes over the queries after two warm-up passes,
 * {@code -Dbench.rebuild=true} rebuilds the index first (after a mapping change).
 */
public final class SearchCpuProbe {

	private SearchCpuProbe() {
	}

	public static void main(String[] args) throws Exception {
		SearchBenchmark.Application application = new SearchBenchmark.Application();
		application.start();
		try {
			if (Boolean.getBoolean("bench.rebuild")) {
				org.hibernate.search.mapper.orm.Search.mapping(application.context.getBean(jakarta.persistence.EntityManagerFactory.class))
					.scope(Object.class).massIndexer().mergeSegmentsOnFinish(true).startAndWait();
			}
			ThreadMXBean threads = ManagementFactory.getThreadMXBean();
			List<String[]> queries = new ArrayList<>();
			for (String line : Files.readAllLines(Path.of(System.getProperty("bench.queries")))) {
				queries.add(line.split("\t"));
			}
			Collections.shuffle(queries, new Random(7));
			for (int i = 0; i < queries.size() * 2; i++) {
				BenchmarkQuery.run(application.search, queries.get(i % queries.size())[1]);
			}
			int passes = Integer.getInteger("bench.passes", 2);
			long[] cpu = new long[queries.size() * passes];
			Map<String, LongSummaryStatistics> families = new TreeMap<>();
			for (int i = 0; i < cpu.length; i++) {
				String[] query = queries.get(i % queries.size());
				long start = threads.getCurrentThreadCpuTime();
				BenchmarkQuery.run(application.search, query[1]);
				cpu[i] = threads.getCurrentThreadCpuTime() - start;
				families.computeIfAbsent(query[0], family -> new LongSummaryStatistics()).accept(cpu[i]);
			}
			Arrays.sort(cpu);
			System.out.printf("searches=%d cpu per search: mean=%.3f ms p50=%.3f ms p95=%.3f ms p99=%.3f ms%n", cpu.length,
					Arrays.stream(cpu).average().orElse(0) / 1e6, cpu[cpu.length / 2] / 1e6,
					cpu[(int) (cpu.length * 0.95)] / 1e6, cpu[(int) (cpu.length * 0.99)] / 1e6);
			families.forEach((family, stats) -> System.out.printf("  %-16s searches=%d cpu mean=%.3f ms%n", family,
					stats.getCount(), stats.getAverage() / 1e6));
		}
		finally {
			application.stop();
		}
	}
}
