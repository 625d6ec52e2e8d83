package it.mestieri.classification;

import it.mestieri.shared.ImportJobs;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import it.mestieri.classification.ClassificationData.Concept;
import it.mestieri.classification.ClassificationData.Labels;
import it.mestieri.classification.ClassificationData.Where;
import it.mestieri.shared.CentreClock;
import it.mestieri.shared.DomainException;

/**
 * Writes what {@link ClassificationReader} read, in one transaction, in JDBC batches of
 * portable SQL (the same on H2 and PostgreSQL): concepts are keyed by URI, so what is
 * stored is read first and compared, then only what differs is written: new concepts
 * inserted, changed ones updated; the labels (and description) of a concept in a
 * language, the skills of an occupation and its CP2011 matches, when they differ, are
 * replaced by those read. A re-import of the same package writes nothing, a newer version
 * little more than what changed.
 *
 * <p>
 * References to concepts neither in the files nor already stored are checked before
 * anything is written. ESCO's own packages hold a few (v1.1.1 relates 67 skills to an
 * occupation it does not publish; the CP2011 mapping and the Italian labels, made for
 * v1.0.8, name a few occupations v1.1.1 no longer has): up to one reference in twenty is
 * skipped and counted, more refuse the file, since then the files do not belong together.
 */
@Component
class ClassificationWriter {

	private static final int BATCH = 1000;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final CentreClock clock;

	ClassificationWriter(JdbcTemplate jdbc, PlatformTransactionManager transactions, CentreClock clock) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/** What an import wrote. */
	record Counts(int occupationsAdded, int occupationsUpdated, int skillsAdded, int skillsUpdated, int iscoGroups,
			int labels, int descriptions, int relations, int cp2011Professions, int cp2011Mappings, int skipped,
			String firstSkipped) {
	}

	Counts write(ClassificationData data, String version, ImportJobs.Progress progress) {
		if (data.hasEscoConcepts() && version == null) {
			throw DomainException.invalid("resources.import.noVersion");
		}
		return transaction.execute(status -> apply(data, version, progress));
	}

	private Counts apply(ClassificationData data, String version, ImportJobs.Progress progress) {
		progress.phase("resources.phase.checking", 0);
		Map<String, List<String>> occupations = rows(
				"select uri, code, isco_code, esco_version from resources_occupation");
		Map<String, List<String>> skills = rows(
				"select uri, skill_type, reuse_level, esco_version from resources_skill");
		Map<String, List<String>> groups = rows("select uri, code, esco_version from resources_isco_group");
		Predicate<String> knownOccupation = uri -> data.occupations.containsKey(uri) || occupations.containsKey(uri);
		Predicate<String> knownSkill = uri -> data.skills.containsKey(uri) || skills.containsKey(uri);
		Predicate<String> knownConcept = uri -> knownOccupation.test(uri) || knownSkill.test(uri)
				|| data.groups.containsKey(uri) || groups.containsKey(uri);

		Skipped skipped = new Skipped();
		var relations = skipped.keep(data.relations.values(),
				relation -> !knownOccupation.test(relation.occupationUri()) ? relation.occupationUri()
						: !knownSkill.test(relation.skillUri()) ? relation.skillUri() : null,
				ClassificationData.Relation::where);
		var extraLabels = skipped.keep(data.extraLabels,
				labels -> knownConcept.test(labels.uri()) ? null : labels.uri(), Labels::where);
		var cp2011 = skipped.keep(data.cp2011,
				mapping -> knownOccupation.test(mapping.occupationUri()) ? null : mapping.occupationUri(),
				ClassificationData.Cp2011Mapping::where);

		// What differs from what is stored: only that is written, so a re-import is
		// small.
		Timestamp now = Timestamp.from(clock.now());
		Plan plan = new Plan();
		int[] occupationChanges = plan.concepts(data.occupations.values(), occupations,
				concept -> Arrays.asList(concept.code, concept.iscoCode, version),
				"insert into resources_occupation (code, isco_code, esco_version, updated_at, uri) values (?, ?, ?, ?, ?)",
				"update resources_occupation set code = ?, isco_code = ?, esco_version = ?, updated_at = ?, "
						+ "version = version + 1 where uri = ?",
				(uri, values) -> new Object[] { values.get(0), values.get(1), values.get(2), now, uri });
		int[] skillChanges = plan.concepts(data.skills.values(), skills,
				concept -> Arrays.asList(concept.skillType, concept.reuseLevel, version),
				"insert into resources_skill (skill_type, reuse_level, esco_version, uri) values (?, ?, ?, ?)",
				"update resources_skill set skill_type = ?, reuse_level = ?, esco_version = ? where uri = ?",
				(uri, values) -> new Object[] { values.get(0), values.get(1), values.get(2), uri });
		plan.concepts(data.groups.values(), groups, concept -> Arrays.asList(concept.code, version),
				"insert into resources_isco_group (code, esco_version, uri) values (?, ?, ?)",
				"update resources_isco_group set code = ?, esco_version = ? where uri = ?",
				(uri, values) -> new Object[] { values.get(0), values.get(1), uri });
		List<Labels> allLabels = new ArrayList<>(data.labels);
		allLabels.addAll(extraLabels);
		int labels = planLabels(plan, allLabels);
		int descriptions = planDescriptions(plan, data.labels);
		int relationCount = planPairs(plan, relations, ClassificationData.Relation::occupationUri,
				relation -> relation.skillUri() + ' ' + relation.relation(),
				"select occupation_uri, skill_uri || ' ' || relation from resources_occupation_skill",
				"delete from resources_occupation_skill where occupation_uri = ?",
				"insert into resources_occupation_skill (occupation_uri, skill_uri, relation) values (?, ?, ?)");
		int professions = planProfessions(plan, data.cp2011Titles);
		int mappings = planPairs(plan, cp2011, ClassificationData.Cp2011Mapping::occupationUri,
				mapping -> mapping.code() + ' ' + mapping.relation(),
				"select occupation_uri, cp_code || ' ' || relation from resources_occupation_cp2011",
				"delete from resources_occupation_cp2011 where occupation_uri = ?",
				"insert into resources_occupation_cp2011 (occupation_uri, cp_code, relation) values (?, ?, ?)");

		progress.phase("resources.phase.writing", plan.rows());
		plan.run(progress);
		return new Counts(occupationChanges[0], occupationChanges[1], skillChanges[0], skillChanges[1],
				data.groups.size(), labels, descriptions, relationCount, professions, mappings, skipped.count,
				skipped.first);
	}

	/** The rows of a query, keyed by their first column, the others as a list. */
	private Map<String, List<String>> rows(String sql) {
		Map<String, List<String>> rows = new HashMap<>();
		jdbc.query(sql, (ResultSet rs) -> {
			int columns = rs.getMetaData().getColumnCount();
			List<String> values = new ArrayList<>(columns - 1);
			for (int i = 2; i <= columns; i++) {
				values.add(rs.getString(i));
			}
			rows.put(rs.getString(1), values);
		});
		return rows;
	}

	/** The values of a query's second column grouped by its first. */
	private Map<String, Set<String>> grouped(String sql) {
		Map<String, Set<String>> grouped = new HashMap<>();
		jdbc.query(sql, (ResultSet rs) -> {
			grouped.computeIfAbsent(rs.getString(1), key -> new HashSet<>()).add(rs.getString(2));
		});
		return grouped;
	}

	private int planLabels(Plan plan, List<Labels> all) {
		Set<String> languages = new HashSet<>();
		all.forEach(labels -> languages.add(labels.language()));
		Map<String, Set<String>> stored = new HashMap<>();
		for (String language : languages) {
			jdbc.query("select concept_uri, kind, text from resources_label where language = ?", (ResultSet rs) -> {
				stored.computeIfAbsent(rs.getString(1) + ' ' + language, key -> new HashSet<>())
					.add(rs.getString(2) + '\t' + rs.getString(3));
			}, language);
		}
		int written = 0;
		Set<String> done = new HashSet<>();
		// a concept given twice in one import (an ESCO file and the extra labels) keeps
		// the last
		for (int i = all.size() - 1; i >= 0; i--) {
			Labels labels = all.get(i);
			String key = labels.uri() + ' ' + labels.language();
			if (!done.add(key)) {
				continue;
			}
			List<Object[]> rows = new ArrayList<>();
			if (labels.preferred() != null) {
				rows.add(new Object[] { labels.uri(), labels.language(), LabelKind.PREFERRED.name(),
						labels.preferred() });
			}
			labels.alternative()
				.forEach(text -> rows
					.add(new Object[] { labels.uri(), labels.language(), LabelKind.ALTERNATIVE.name(), text }));
			labels.hidden()
				.forEach(text -> rows
					.add(new Object[] { labels.uri(), labels.language(), LabelKind.HIDDEN.name(), text }));
			Set<String> now = new HashSet<>();
			rows.forEach(row -> now.add(row[2] + "\t" + row[3]));
			Set<String> before = stored.get(key);
			if (now.equals(before)) {
				continue;
			}
			if (before != null) {
				plan.delete("delete from resources_label where concept_uri = ? and language = ?", labels.uri(),
						labels.language());
			}
			plan.insert("insert into resources_label (concept_uri, language, kind, text) values (?, ?, ?, ?)", rows);
			written += rows.size();
		}
		return written;
	}

	private int planDescriptions(Plan plan, List<Labels> all) {
		Set<String> languages = new HashSet<>();
		all.forEach(labels -> languages.add(labels.language()));
		Map<String, String> stored = new HashMap<>();
		for (String language : languages) {
			jdbc.query("select concept_uri, text from resources_description where language = ?", (ResultSet rs) -> {
				stored.put(rs.getString(1) + ' ' + language, rs.getString(2));
			}, language);
		}
		int written = 0;
		Set<String> done = new HashSet<>();
		for (int i = all.size() - 1; i >= 0; i--) {
			Labels labels = all.get(i);
			String key = labels.uri() + ' ' + labels.language();
			if (!labels.withDescription() || !done.add(key)) {
				continue;
			}
			String before = stored.get(key);
			String now = labels.description();
			if (Objects.equals(before, now)) {
				continue;
			}
			if (before != null) {
				plan.delete("delete from resources_description where concept_uri = ? and language = ?", labels.uri(),
						labels.language());
			}
			if (now != null) {
				plan.insert("insert into resources_description (concept_uri, language, text) values (?, ?, ?)",
						List.<Object[]>of(new Object[] { labels.uri(), labels.language(), now }));
				written++;
			}
		}
		return written;
	}

	/**
	 * Replaces the pairs (skills, CP2011 matches) of each occupation whose pairs differ
	 * from those stored.
	 */
	private <T> int planPairs(Plan plan, List<T> items, Function<T, String> occupation, Function<T, String> pair,
			String select, String delete, String insert) {
		if (items.isEmpty()) {
			return 0;
		}
		Map<String, Map<String, T>> incoming = new LinkedHashMap<>();
		items.forEach(item -> incoming.computeIfAbsent(occupation.apply(item), key -> new LinkedHashMap<>())
			.put(pair.apply(item), item));
		Map<String, Set<String>> stored = grouped(select);
		int written = 0;
		for (var entry : incoming.entrySet()) {
			Set<String> before = stored.get(entry.getKey());
			if (entry.getValue().keySet().equals(before)) {
				continue;
			}
			if (before != null) {
				plan.delete(delete, entry.getKey());
			}
			List<Object[]> rows = new ArrayList<>();
			for (String value : entry.getValue().keySet()) {
				int space = value.lastIndexOf(' ');
				rows.add(new Object[] { entry.getKey(), value.substring(0, space), value.substring(space + 1) });
			}
			plan.insert(insert, rows);
			written += rows.size();
		}
		return written;
	}

	private int planProfessions(Plan plan, Map<String, String> titles) {
		if (titles.isEmpty()) {
			return 0;
		}
		Map<String, List<String>> stored = rows("select code, title from resources_cp2011");
		int written = 0;
		for (var title : titles.entrySet()) {
			List<String> before = stored.get(title.getKey());
			if (before == null) {
				plan.insert("insert into resources_cp2011 (title, code) values (?, ?)",
						List.<Object[]>of(new Object[] { title.getValue(), title.getKey() }));
				written++;
			}
			else if (!before.get(0).equals(title.getValue())) {
				plan.update("update resources_cp2011 set title = ? where code = ?", title.getValue(), title.getKey());
				written++;
			}
		}
		return written;
	}

	/**
	 * The statements an import will run, grouped so that each runs in batches: deletes,
	 * then updates, then inserts.
	 */
	private final class Plan {

		private final Map<String, List<Object[]>> deletes = new LinkedHashMap<>();

		private final Map<String, List<Object[]>> updates = new LinkedHashMap<>();

		private final Map<String, List<Object[]>> inserts = new LinkedHashMap<>();

		void delete(String sql, Object... values) {
			deletes.computeIfAbsent(sql, key -> new ArrayList<>()).add(values);
		}

		void update(String sql, Object... values) {
			updates.computeIfAbsent(sql, key -> new ArrayList<>()).add(values);
		}

		void insert(String sql, List<Object[]> rows) {
			inserts.computeIfAbsent(sql, key -> new ArrayList<>()).addAll(rows);
		}

		/**
		 * Plans the insert or update of concepts; returns how many are new and how many
		 * changed.
		 */
		int[] concepts(Collection<Concept> concepts, Map<String, List<String>> stored,
				Function<Concept, List<String>> read, String insert, String update,
				java.util.function.BiFunction<String, List<String>, Object[]> row) {
			int added = 0;
			int changed = 0;
			for (Concept concept : concepts) {
				List<String> values = new ArrayList<>(read.apply(concept));
				List<String> before = stored.get(concept.uri);
				if (before == null) {
					insert(insert, List.<Object[]>of(row.apply(concept.uri, values)));
					added++;
					continue;
				}
				for (int i = 0; i < values.size(); i++) {
					if (values.get(i) == null) {
						values.set(i, before.get(i));
					}
				}
				if (!values.equals(before)) {
					update(update, row.apply(concept.uri, values));
					changed++;
				}
			}
			return new int[] { added, changed };
		}

		long rows() {
			return count(deletes) + count(updates) + count(inserts);
		}

		private long count(Map<String, List<Object[]>> statements) {
			return statements.values().stream().mapToLong(List::size).sum();
		}

		void run(ImportJobs.Progress progress) {
			deletes.forEach((sql, rows) -> batch(sql, rows, progress));
			updates.forEach((sql, rows) -> batch(sql, rows, progress));
			inserts.forEach((sql, rows) -> batch(sql, rows, progress));
		}

	}

	private void batch(String sql, List<Object[]> rows, ImportJobs.Progress progress) {
		for (int from = 0; from < rows.size(); from += BATCH) {
			List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + BATCH));
			jdbc.batchUpdate(sql, chunk);
			if (progress != null) {
				progress.advance(chunk.size());
			}
		}
	}

	/**
	 * References to unknown concepts: skipped while few, else the import is refused at
	 * the first.
	 */
	private static final class Skipped {

		int count;

		String first;

		<T> List<T> keep(Collection<T> items, Function<T, String> unknownUri, Function<T, Where> where) {
			List<T> kept = new ArrayList<>(items.size());
			T firstBad = null;
			String firstUri = null;
			int bad = 0;
			for (T item : items) {
				String uri = unknownUri.apply(item);
				if (uri == null) {
					kept.add(item);
				}
				else {
					bad++;
					if (firstBad == null) {
						firstBad = item;
						firstUri = uri;
					}
				}
			}
			if (bad > 0 && bad * 20L > items.size()) {
				Where at = where.apply(firstBad);
				throw ClassificationReader.refused(at.file(), at.line(), "resources.import.reason.unknownConcept",
						firstUri, bad, items.size());
			}
			count += bad;
			if (first == null && firstUri != null) {
				Where at = where.apply(firstBad);
				first = at.file() + ":" + at.line() + " " + firstUri;
			}
			return kept;
		}

	}

}
