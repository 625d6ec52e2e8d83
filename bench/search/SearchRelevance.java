import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Relevance of the occupation search, side by side with PostgreSQL full-text search.
 * Not a test and not part of the Maven build: a single Java 17 source file, run by
 * bench/search/run.sh as {@code java -cp postgresql.jar bench/search/SearchRelevance.java ...}.
 *
 * <p>The evaluation set is built from the data itself, deterministically (seed 42): each query
 * comes with the occupations it must find, and is one of these families:
 * <ul>
 * <li>{@code it-alternative}: an Italian alternative label (ESCO 1.0.8) other than the preferred one;
 * <li>{@code it-feminine}: the feminine form of a preferred label written "masculine/feminine";
 * <li>{@code it-plural}: the plural of a one-word Italian label (-o/-e to -i, -a to -e, -ista to -isti);
 * <li>{@code it-typo}: an Italian preferred label with one letter dropped, doubled, swapped or changed
 * in its longest word (at least 6 letters);
 * <li>{@code it-word-order}: an Italian label of two or more words, words reversed;
 * <li>{@code en-label}: an English preferred or alternative label (ESCO 1.1.1);
 * <li>{@code en-hidden}: an English hidden label (old names, spellings);
 * <li>{@code cp2011}: the title of an ISTAT CP2011 profession, which must find an ESCO occupation
 * the official mapping links to it exactly or closely.
 * </ul>
 * A label shared by several occupations counts all of them as right answers. Recall@10: the
 * share of queries with a right answer in the first ten; MRR@10: the mean of 1/rank of the
 * first right answer (0 when none in the first ten).
 *
 * <p>Our search is asked over HTTP ({@code GET /api/v1/search?type=OCCUPATION&size=10});
 * PostgreSQL over JDBC, on the table {@code bench_fts_occupation} that bench/search/fts.sql
 * builds from the same rows (Italian labels weighted A/B, CP2011 titles C, English labels B),
 * queried with {@code websearch_to_tsquery('italian', q) || websearch_to_tsquery('english', q)}
 * ranked by {@code ts_rank_cd}.
 */
public class SearchRelevance {

	static final Pattern ITEM_URI = Pattern.compile("\"uri\"\\s*:\\s*\"([^\"]+)\"");
	static final int PER_FAMILY = 300;

	public static void main(String[] args) throws Exception {
		Map<String, String> options = options(args);
		Path data = Path.of(options.getOrDefault("data", "src/main/resources/data"));
		Path queriesFile = Path.of(options.getOrDefault("queries", "bench/out/queries.tsv"));
		List<Query> queries = EvaluationSet.build(data);
		write(queries, queriesFile);
		System.out.printf("evaluation set: %d queries in %s%n", queries.size(), queriesFile);
		if (options.containsKey("only-queries")) {
			return;
		}
		String base = options.getOrDefault("base", "http://127.0.0.1:18080");
		String jdbc = options.getOrDefault("jdbc", "jdbc:postgresql://127.0.0.1:5432/mestieri_search_bench?user=postgres");
		Map<String, Score> ours = new TreeMap<>();
		Map<String, Score> postgres = new TreeMap<>();
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		try (Connection connection = DriverManager.getConnection(jdbc);
				PreparedStatement fts = connection.prepareStatement("""
						select uri from bench_fts_occupation,
						  (select websearch_to_tsquery('italian', ?) || websearch_to_tsquery('english', ?) as q) query
						where doc @@ q order by ts_rank_cd(doc, q) desc, uri limit 10""")) {
			for (Query query : queries) {
				ours.computeIfAbsent(query.family, f -> new Score()).add(query, ourTop10(http, base, query.text));
				postgres.computeIfAbsent(query.family, f -> new Score()).add(query, postgresTop10(fts, query.text));
			}
		}
		StringBuilder table = new StringBuilder();
		table.append("| family | queries | Mestieri Recall@10 | PostgreSQL FTS Recall@10 | Mestieri MRR@10 | PostgreSQL FTS MRR@10 |\n");
		table.append("|---|---|---|---|---|---|\n");
		Score allOurs = new Score();
		Score allPostgres = new Score();
		for (String family : ours.keySet()) {
			Score a = ours.get(family);
			Score b = postgres.get(family);
			allOurs.merge(a);
			allPostgres.merge(b);
			table.append(row(family, a, b));
		}
		table.append(row("**all**", allOurs, allPostgres));
		System.out.print(table);
		if (options.containsKey("out")) {
			Files.writeString(Path.of(options.get("out")), table.toString());
		}
	}

	static String row(String family, Score a, Score b) {
		return String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f | %.3f |%n", family, a.count, a.recall(),
				b.recall(), a.mrr(), b.mrr());
	}

	static List<String> ourTop10(HttpClient http, String base, String text) throws IOException, InterruptedException {
		String url = base + "/api/v1/search?type=OCCUPATION&size=10&lang=it&q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("search answered " + response.statusCode() + " for " + text + ": " + response.body());
		}
		List<String> uris = new ArrayList<>();
		Matcher matcher = ITEM_URI.matcher(response.body());
		while (matcher.find() && uris.size() < 10) {
			uris.add(matcher.group(1));
		}
		return uris;
	}

	static List<String> postgresTop10(PreparedStatement fts, String text) throws SQLException {
		fts.setString(1, text);
		fts.setString(2, text);
		List<String> uris = new ArrayList<>();
		try (ResultSet rows = fts.executeQuery()) {
			while (rows.next()) {
				uris.add(rows.getString(1));
			}
		}
		return uris;
	}

	static void write(List<Query> queries, Path file) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		StringBuilder text = new StringBuilder();
		for (Query query : queries) {
			text.append(query.family).append('\t').append(query.text).append('\t')
				.append(String.join(" ", query.relevant)).append('\n');
		}
		Files.writeString(file, text);
	}

	static Map<String, String> options(String[] args) {
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i < args.length; i++) {
			if (args[i].startsWith("--")) {
				String name = args[i].substring(2);
				boolean flag = i + 1 >= args.length || args[i + 1].startsWith("--");
				options.put(name, flag ? "true" : args[++i]);
			}
		}
		return options;
	}

	record Query(String family, String text, Set<String> relevant) {
	}

	static final class Score {

		int count;
		int found;
		double reciprocalRanks;

		void add(Query query, List<String> top10) {
			count++;
			for (int i = 0; i < top10.size(); i++) {
				if (query.relevant.contains(top10.get(i))) {
					found++;
					reciprocalRanks += 1.0 / (i + 1);
					return;
				}
			}
		}

		void merge(Score other) {
			count += other.count;
			found += other.found;
			reciprocalRanks += other.reciprocalRanks;
		}

		double recall() {
			return count == 0 ? 0 : (double) found / count;
		}

		double mrr() {
			return count == 0 ? 0 : reciprocalRanks / count;
		}
	}

	/** Builds the labelled queries from the vendored ESCO, Italian label and CP2011 files. */
	static final class EvaluationSet {

		static List<Query> build(Path data) throws IOException {
			Path escoZip = find(data, "esco-1.1.1-classification-en-csv.zip");
			Path corpus = find(data, "corpus_elements.tsv");
			Path mapping = find(data, "concept_mapping.tsv");
			Path cp2011 = find(data, "IT_mapping_23.04.2021.csv");

			Map<String, String> italianPreferred = new LinkedHashMap<>();
			Map<String, List<String>> italianAlternative = new LinkedHashMap<>();
			Map<String, String> idToUri = new HashMap<>();
			for (String line : Files.readAllLines(mapping)) {
				String[] cells = line.split("\t");
				if (cells.length == 2 && cells[1].contains("/esco/occupation/")) {
					idToUri.put(cells[0], cells[1]);
				}
			}
			for (String line : Files.readAllLines(corpus)) {
				String[] cells = line.split("\t");
				String uri = cells.length == 2 ? idToUri.get(cells[0]) : null;
				if (uri == null) {
					continue;
				}
				if (cells[0].endsWith("_000")) {
					italianPreferred.put(uri, cells[1].strip());
				}
				else {
					italianAlternative.computeIfAbsent(uri, u -> new ArrayList<>()).add(cells[1].strip());
				}
			}

			Map<String, List<String>> englishLabels = new LinkedHashMap<>();
			Map<String, List<String>> englishHidden = new LinkedHashMap<>();
			try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(escoZip))) {
				for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
					if (!entry.getName().endsWith("occupations_en.csv")) {
						continue;
					}
					List<List<String>> rows = Csv.read(new InputStreamReader(new NoClose(zip), StandardCharsets.UTF_8));
					List<String> header = rows.get(0);
					int uri = header.indexOf("conceptUri");
					int preferred = header.indexOf("preferredLabel");
					int alternative = header.indexOf("altLabels");
					int hidden = header.indexOf("hiddenLabels");
					for (List<String> row : rows.subList(1, rows.size())) {
						List<String> labels = new ArrayList<>();
						labels.add(row.get(preferred).strip());
						lines(row.get(alternative)).forEach(labels::add);
						englishLabels.put(row.get(uri), labels);
						englishHidden.put(row.get(uri), lines(row.get(hidden)));
					}
				}
			}
			Set<String> known = englishLabels.keySet();

			Map<String, Set<String>> byLabel = new HashMap<>();
			italianPreferred.forEach((uri, label) -> index(byLabel, uri, label));
			italianAlternative.forEach((uri, labels) -> labels.forEach(label -> index(byLabel, uri, label)));
			englishLabels.forEach((uri, labels) -> labels.forEach(label -> index(byLabel, uri, label)));
			englishHidden.forEach((uri, labels) -> labels.forEach(label -> index(byLabel, uri, label)));

			List<Query> queries = new ArrayList<>();
			Random random = new Random(42);

			List<Query> family = new ArrayList<>();
			italianAlternative.forEach((uri, labels) -> {
				String preferred = italianPreferred.getOrDefault(uri, "");
				for (String label : labels) {
					if (known.contains(uri) && !normal(label).equals(normal(preferred))
							&& !List.of(normal(preferred).split("/")).contains(normal(label))) {
						family.add(new Query("it-alternative", label, relevant(byLabel, label, uri)));
					}
				}
			});
			queries.addAll(sample(family, random));

			family.clear();
			italianPreferred.forEach((uri, label) -> {
				String[] forms = label.split("/");
				if (known.contains(uri) && forms.length == 2 && !normal(forms[0]).equals(normal(forms[1]))) {
					family.add(new Query("it-feminine", forms[1].strip(), relevant(byLabel, forms[1], uri)));
				}
			});
			queries.addAll(sample(family, random));

			family.clear();
			italianPreferred.forEach((uri, label) -> {
				String masculine = label.split("/")[0].strip();
				String plural = plural(masculine);
				if (known.contains(uri) && !masculine.contains(" ") && plural != null) {
					family.add(new Query("it-plural", plural, Set.of(uri)));
				}
			});
			queries.addAll(sample(family, random));

			family.clear();
			italianPreferred.forEach((uri, label) -> {
				String masculine = label.split("/")[0].strip();
				String typo = typo(masculine, new Random(uri.hashCode()));
				if (known.contains(uri) && typo != null) {
					family.add(new Query("it-typo", typo, Set.of(uri)));
				}
			});
			queries.addAll(sample(family, random));

			family.clear();
			italianPreferred.forEach((uri, label) -> {
				String masculine = label.split("/")[0].strip();
				List<String> words = new ArrayList<>(List.of(masculine.split("\\s+")));
				if (known.contains(uri) && words.size() >= 2) {
					Collections.reverse(words);
					family.add(new Query("it-word-order", String.join(" ", words), Set.of(uri)));
				}
			});
			queries.addAll(sample(family, random));

			family.clear();
			englishLabels.forEach((uri, labels) -> labels
				.forEach(label -> family.add(new Query("en-label", label, relevant(byLabel, label, uri)))));
			queries.addAll(sample(family, random));

			family.clear();
			englishHidden.forEach((uri, labels) -> labels
				.forEach(label -> family.add(new Query("en-hidden", label, relevant(byLabel, label, uri)))));
			queries.addAll(sample(family, random));

			family.clear();
			Map<String, String> cpTitles = new LinkedHashMap<>();
			Map<String, Set<String>> cpTargets = new LinkedHashMap<>();
			try (Reader reader = Files.newBufferedReader(cp2011, StandardCharsets.UTF_8)) {
				for (List<String> row : Csv.read(reader)) {
					if (row.size() >= 7 && row.get(0).contains("/esco/occupation/")
							&& (row.get(6).contains("exactMatch") || row.get(6).contains("closeMatch"))
							&& known.contains(row.get(0))) {
						cpTitles.put(row.get(3), row.get(4));
						cpTargets.computeIfAbsent(row.get(3), c -> new LinkedHashSet<>()).add(row.get(0));
					}
				}
			}
			cpTitles.forEach((code, title) -> family.add(new Query("cp2011", title, cpTargets.get(code))));
			queries.addAll(sample(family, random));
			return queries;
		}

		static Path find(Path root, String name) throws IOException {
			try (var files = Files.walk(root)) {
				return files.filter(path -> path.getFileName().toString().equals(name))
					.findFirst()
					.orElseThrow(() -> new IllegalArgumentException(name + " not found under " + root));
			}
		}

		static List<String> lines(String cell) {
			List<String> lines = new ArrayList<>();
			for (String line : cell.split("\n")) {
				if (!line.isBlank()) {
					lines.add(line.strip());
				}
			}
			return lines;
		}

		static void index(Map<String, Set<String>> byLabel, String uri, String label) {
			for (String form : label.split("/")) {
				byLabel.computeIfAbsent(normal(form), l -> new LinkedHashSet<>()).add(uri);
			}
			byLabel.computeIfAbsent(normal(label), l -> new LinkedHashSet<>()).add(uri);
		}

		static Set<String> relevant(Map<String, Set<String>> byLabel, String label, String uri) {
			Set<String> relevant = new LinkedHashSet<>(byLabel.getOrDefault(normal(label), Set.of()));
			relevant.add(uri);
			return relevant;
		}

		static String normal(String text) {
			return Normalizer.normalize(text.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
				.replaceAll("\\p{M}", "");
		}

		static List<Query> sample(List<Query> family, Random random) {
			List<Query> copy = new ArrayList<>(family);
			Collections.shuffle(copy, random);
			return new ArrayList<>(copy.subList(0, Math.min(PER_FAMILY, copy.size())));
		}

		static String plural(String word) {
			String lower = word.toLowerCase(Locale.ROOT);
			if (lower.length() < 5 || !lower.chars().allMatch(Character::isLetter)) {
				return null;
			}
			if (lower.endsWith("ista")) {
				return word.substring(0, word.length() - 1) + "i";
			}
			if (lower.endsWith("o") || lower.endsWith("e")) {
				return word.substring(0, word.length() - 1) + "i";
			}
			if (lower.endsWith("a")) {
				return word.substring(0, word.length() - 1) + "e";
			}
			return null;
		}

		static String typo(String label, Random random) {
			String[] words = label.split("\\s+");
			int longest = 0;
			for (int i = 1; i < words.length; i++) {
				if (words[i].length() > words[longest].length()) {
					longest = i;
				}
			}
			String word = words[longest];
			if (word.length() < 6 || !word.chars().allMatch(Character::isLetter)) {
				return null;
			}
			int at = 1 + random.nextInt(word.length() - 2);
			StringBuilder changed = new StringBuilder(word);
			switch (random.nextInt(4)) {
				case 0 -> changed.deleteCharAt(at);
				case 1 -> changed.insert(at, word.charAt(at));
				case 2 -> {
					char c = changed.charAt(at);
					changed.setCharAt(at, changed.charAt(at + 1));
					changed.setCharAt(at + 1, c);
				}
				default -> changed.setCharAt(at, "aeiou".indexOf(word.charAt(at)) >= 0 ? 'r' : 'e');
			}
			if (changed.toString().equalsIgnoreCase(word)) {
				return null;
			}
			words[longest] = changed.toString();
			return String.join(" ", words);
		}
	}

	/** A small RFC 4180 reader: quoted fields may hold commas, quotes and line breaks. */
	static final class Csv {

		static List<List<String>> read(Reader source) throws IOException {
			BufferedReader reader = new BufferedReader(source, 1 << 16);
			List<List<String>> rows = new ArrayList<>();
			List<String> row = new ArrayList<>();
			StringBuilder field = new StringBuilder();
			boolean quoted = false;
			int c;
			while ((c = reader.read()) != -1) {
				if (quoted) {
					if (c == '"') {
						reader.mark(1);
						int next = reader.read();
						if (next == '"') {
							field.append('"');
						}
						else {
							quoted = false;
							if (next != -1) {
								reader.reset();
							}
						}
					}
					else {
						field.append((char) c);
					}
				}
				else if (c == '"') {
					quoted = true;
				}
				else if (c == ',') {
					row.add(field.toString());
					field.setLength(0);
				}
				else if (c == '\n') {
					row.add(field.toString());
					field.setLength(0);
					rows.add(row);
					row = new ArrayList<>();
				}
				else if (c != '\r') {
					field.append((char) c);
				}
			}
			if (field.length() > 0 || !row.isEmpty()) {
				row.add(field.toString());
				rows.add(row);
			}
			return rows;
		}
	}

	/** Lets a reader consume one zip entry without closing the whole archive. */
	static final class NoClose extends java.io.FilterInputStream {

		NoClose(InputStream in) {
			super(in);
		}

		@Override
		public void close() {
		}
	}
}
