package it.mestieri.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import it.mestieri.MestieriApplication;

/**
 * In-process search latency (JMH, sample time: p50/p95/p99 per call) on the database and index
 * that bench/search/run.sh prepared (bundled ESCO, 100,000 offers, 10,000 courses): our search
 * service as the pages and the API call it, beside PostgreSQL full-text search on the same rows
 * over JDBC (table bench_fts_all). The queries are those of the relevance evaluation set, mixed.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(1)
public class SearchBenchmark {

	static List<String> queries() throws IOException {
		List<String> queries = new ArrayList<>();
		for (String line : Files.readAllLines(Path.of(System.getProperty("bench.queries")))) {
			queries.add(line.split("\t")[1]);
		}
		Collections.shuffle(queries, new Random(7));
		return queries;
	}

	@State(Scope.Benchmark)
	public static class Application {

		ConfigurableApplicationContext context;
		CatalogueSearch search;
		List<String> queries;
		final AtomicInteger next = new AtomicInteger();

		@Setup(Level.Trial)
		public void start() throws IOException {
			SpringApplication application = new SpringApplication(MestieriApplication.class);
			context = application.run("--spring.datasource.url=" + System.getProperty("bench.jdbc"),
					"--spring.datasource.username=postgres", "--server.port=0", "--server.address=127.0.0.1", "--mestieri.search.index-directory=" + System.getProperty("bench.index"),
					"--mestieri.resources.load-bundled-classification=false", "--spring.main.banner-mode=off",
					"--logging.level.root=WARN");
			search = context.getBean(CatalogueSearch.class);
			queries = queries();
		}

		String nextQuery() {
			return queries.get(Math.floorMod(next.getAndIncrement(), queries.size()));
		}

		@TearDown(Level.Trial)
		public void stop() {
			context.close();
		}
	}

	@State(Scope.Thread)
	public static class Postgres {

		Connection connection;
		PreparedStatement statement;
		List<String> queries;
		int next;

		@Setup(Level.Trial)
		public void open() throws SQLException, IOException {
			connection = DriverManager.getConnection(System.getProperty("bench.jdbc") + "?user=postgres");
			statement = connection.prepareStatement("""
					select type, key from bench_fts_all,
					  (select websearch_to_tsquery('italian', ?) || websearch_to_tsquery('english', ?) as q) query
					where doc @@ q order by ts_rank_cd(doc, q) desc limit 10""");
			queries = queries();
		}

		@TearDown(Level.Trial)
		public void close() throws SQLException {
			connection.close();
		}
	}

	@Benchmark
	public Object mestieri(Application application) {
		return BenchmarkQuery.run(application.search, application.nextQuery());
	}

	@Benchmark
	public int postgresFullText(Postgres postgres) throws SQLException {
		String query = postgres.queries.get(postgres.next++ % postgres.queries.size());
		postgres.statement.setString(1, query);
		postgres.statement.setString(2, query);
		int rows = 0;
		try (ResultSet result = postgres.statement.executeQuery()) {
			while (result.next()) {
				rows++;
			}
		}
		return rows;
	}
}
