import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where the CPU of a search request goes, from async-profiler's collapsed stacks (one line per
 * stack: frames separated by ';', then the number of samples). Each stage is the share of all
 * samples whose stack holds one of its frames (stages may nest: the typo automata are part of
 * the query rewrite). Written by bench/search/profile.sh.
 */
public class ProfileSummary {

	static final Map<String, List<String>> STAGES = new LinkedHashMap<>();
	static {
		STAGES.put("request threads (Tomcat)", List.of("SocketProcessorBase.run"));
		STAGES.put("  outside the controller: HTTP, filters, security, metrics", List.of());
		STAGES.put("    of which the answer written as JSON", List.of("writeWithMessageConverters"));
		STAGES.put("  the search API (controller)", List.of("SearchApi.search"));
		STAGES.put("    query built from the predicates (Hibernate Search DSL)", List.of("AbstractSearchQueryOptionsStep.toQuery"));
		STAGES.put("    query rewrite (typo automata among it)", List.of("IndexSearcher.rewrite"));
		STAGES.put("      typo automata (fuzzy terms)", List.of("FuzzyTermsEnum.<init>"));
		STAGES.put("    weights: term lookups in every field of every index", List.of("IndexSearcher.createWeight"));
		STAGES.put("    matching, scoring, counting (all matches)", List.of("BulkScorer.score"));
		STAGES.put("      stored fields of the page's hits", List.of("StoredFieldsValuesDelegate.collect"));
		STAGES.put("    facets: ordinal maps of the text fields", List.of("MultiDocValues.getSortedSetValues"));
		STAGES.put("    facets: counts read out", List.of("extractAggregations"));
		STAGES.put("    snippets marked", List.of("CatalogueSearch.highlights"));
		STAGES.put("    usage counts", List.of("ResourceUsage.searched"));
		STAGES.put("other threads (JIT compilers, GC, scheduler)", List.of());
	}

	public static void main(String[] args) throws Exception {
		Map<String, Long> samples = new LinkedHashMap<>();
		STAGES.keySet().forEach(stage -> samples.put(stage, 0L));
		long total = 0;
		for (String line : Files.readAllLines(Path.of(args[0]))) {
			int space = line.lastIndexOf(' ');
			if (space < 0) {
				continue;
			}
			String stack = line.substring(0, space).replace('/', '.');
			long count = Long.parseLong(line.substring(space + 1).strip());
			total += count;
			for (Map.Entry<String, List<String>> stage : STAGES.entrySet()) {
				if (stage.getValue().stream().anyMatch(stack::contains)) {
					samples.merge(stage.getKey(), count, Long::sum);
				}
			}
		}
		long requests = samples.get("request threads (Tomcat)");
		samples.put("  outside the controller: HTTP, filters, security, metrics",
				requests - samples.get("  the search API (controller)"));
		samples.put("other threads (JIT compilers, GC, scheduler)", total - requests);
		System.out.printf(Locale.ROOT, "%d CPU samples%n", total);
		for (Map.Entry<String, Long> stage : samples.entrySet()) {
			System.out.printf(Locale.ROOT, "%5.1f%%  %s%n", total == 0 ? 0 : 100.0 * stage.getValue() / total, stage.getKey());
		}
	}
}
