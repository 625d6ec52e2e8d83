package it.mestieri.resources;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * CPU time per search on one thread, in process: what a search costs whatever else the machine
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
			int size = application.queries.size();
			for (int i = 0; i < size * 2; i++) {
				BenchmarkQuery.run(application.search, application.nextQuery());
			}
			int passes = Integer.getInteger("bench.passes", 2);
			long[] cpu = new long[size * passes];
			for (int i = 0; i < cpu.length; i++) {
				long start = threads.getCurrentThreadCpuTime();
				BenchmarkQuery.run(application.search, application.nextQuery());
				cpu[i] = threads.getCurrentThreadCpuTime() - start;
			}
			Arrays.sort(cpu);
			System.out.printf("searches=%d cpu per search: mean=%.3f ms p50=%.3f ms p95=%.3f ms p99=%.3f ms%n", cpu.length,
					Arrays.stream(cpu).average().orElse(0) / 1e6, cpu[cpu.length / 2] / 1e6,
					cpu[(int) (cpu.length * 0.95)] / 1e6, cpu[(int) (cpu.length * 0.99)] / 1e6);
		}
		finally {
			application.stop();
		}
	}
}
