package it.mestieri.resources;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import it.mestieri.resources.ClassificationData.Concept;
import it.mestieri.resources.ClassificationData.Labels;
import it.mestieri.resources.ClassificationData.Where;
import it.mestieri.shared.CentreClock;
import it.mestieri.shared.DomainException;

/**
 * Writes what {@link ClassificationReader} read, in one transaction, in JDBC batches of portable
 * SQL (the same on H2 and PostgreSQL): concepts are keyed by URI, so the existing ones are read
 * first and then updated, the others inserted; the labels (and descriptions) of a concept in a
 * language, the skills of an occupation and its CP2011 matches are replaced by those read.
 *
 * <p>References to concepts neither in the files nor already stored are checked before anything
 * is written. ESCO's own packages hold a few (v1.1.1 relates 67 skills to an occupation it does
 * not publish; the CP2011 mapping and the Italian labels, made for v1.0.8, name a few occupations
 * v1.1.1 no longer has): up to one reference in twenty is skipped and counted, more refuse the
 * file, since then the files do not belong together.
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
		Set<String> occupations = uris("resources_occupation");
		Set<String> skills = uris("resources_skill");
		Set<String> groups = uris("resources_isco_group");
		Predicate<String> knownOccupation = uri -> data.occupations.containsKey(uri) || occupations.contains(uri);
		Predicate<String> knownSkill = uri -> data.skills.containsKey(uri) || skills.contains(uri);
		Predicate<String> knownConcept = uri -> knownOccupation.test(uri) || knownSkill.test(uri)
				|| data.groups.containsKey(uri) || groups.contains(uri);

		Skipped skipped = new Skipped();
		var relations = skipped.keep(data.relations.values(),
				relation -> !knownOccupation.test(relation.occupationUri()) ? relation.occupationUri()
						: !knownSkill.test(relation.skillUri()) ? relation.skillUri() : null,
				ClassificationData.Relation::where);
		var extraLabels = skipped.keep(data.extraLabels, labels -> knownConcept.test(labels.uri()) ? null : labels.uri(),
				Labels::where);
		var cp2011 = skipped.keep(data.cp2011,
				mapping -> knownOccupation.test(mapping.occupationUri()) ? null : mapping.occupationUri(),
				ClassificationData.Cp2011Mapping::where);

		List<Labels> allLabels = new ArrayList<>(data.labels);
		allLabels.addAll(extraLabels);
		long labelRows = allLabels.stream().mapToLong(Labels::count).sum();
		long total = data.occupations.size() + data.skills.size() + data.groups.size() + labelRows
				+ data.labels.size() + relations.size() + data.cp2011Titles.size() + cp2011.size();
		progress.phase("resources.phase.writing", total);
		Timestamp now = Timestamp.from(clock.now());

		int occupationsAdded = upsert(data.occupations.values(), occupations,
				"insert into resources_occupation (code, isco_code, esco_version, updated_at, uri) values (?, ?, ?, ?, ?)",
				"update resources_occupation set code = coalesce(?, code), isco_code = coalesce(?, isco_code), "
						+ "esco_version = ?, updated_at = ?, version = version + 1 where uri = ?",
				concept -> new Object[] { concept.code, concept.iscoCode, version, now, concept.uri }, progress);
		int skillsAdded = upsert(data.skills.values(), skills,
				"insert into resources_skill (skill_type, reuse_level, esco_version, uri) values (?, ?, ?, ?)",
				"update resources_skill set skill_type = coalesce(?, skill_type), reuse_level = coalesce(?, reuse_level), "
						+ "esco_version = ? where uri = ?",
				concept -> new Object[] { concept.skillType, concept.reuseLevel, version, concept.uri }, progress);
		upsert(data.groups.values(), groups,
				"insert into resources_isco_group (code, esco_version, uri) values (?, ?, ?)",
				"update resources_isco_group set code = ?, esco_version = ? where uri = ?",
				concept -> new Object[] { concept.code, version, concept.uri }, progress);

		int labels = writeLabels(allLabels, progress);
		int descriptions = writeDescriptions(data.labels, progress);
		int relationCount = writeRelations(relations, progress);
		int professions = writeProfessions(data.cp2011Titles, progress);
		int mappings = writeMappings(cp2011, progress);
		return new Counts(occupationsAdded, data.occupations.size() - occupationsAdded, skillsAdded,
				data.skills.size() - skillsAdded, data.groups.size(), labels, descriptions, relationCount, professions,
				mappings, skipped.count, skipped.first);
	}

	private Set<String> uris(String table) {
		return new HashSet<>(jdbc.queryForList("select uri from " + table, String.class));
	}

	private boolean any(String sql, Object... arguments) {
		return !jdbc.queryForList(sql, Integer.class, arguments).isEmpty();
	}

	private int upsert(Collection<Concept> concepts, Set<String> existing, String insert, String update,
			Function<Concept, Object[]> values, ImportJobs.Progress progress) {
		List<Object[]> inserts = new ArrayList<>();
		List<Object[]> updates = new ArrayList<>();
		for (Concept concept : concepts) {
			(existing.contains(concept.uri) ? updates : inserts).add(values.apply(concept));
		}
		batch(insert, inserts, progress);
		batch(update, updates, progress);
		return inserts.size();
	}

	private int writeLabels(List<Labels> all, ImportJobs.Progress progress) {
		Set<String> languagesStored = new HashSet<>(
				jdbc.queryForList("select distinct language from resources_label", String.class));
		List<Object[]> deletes = new ArrayList<>();
		List<Object[]> inserts = new ArrayList<>();
		Set<String> replaced = new HashSet<>();
		for (Labels labels : all) {
			if (languagesStored.contains(labels.language()) && replaced.add(labels.uri() + ' ' + labels.language())) {
				deletes.add(new Object[] { labels.uri(), labels.language() });
			}
		}
		// a concept given twice in one import (an ESCO file and the extra labels) keeps the last
		Set<String> written = new HashSet<>();
		for (int i = all.size() - 1; i >= 0; i--) {
			Labels labels = all.get(i);
			if (!written.add(labels.uri() + ' ' + labels.language())) {
				continue;
			}
			if (labels.preferred() != null) {
				inserts.add(new Object[] { labels.uri(), labels.language(), LabelKind.PREFERRED.name(), labels.preferred() });
			}
			for (String text : labels.alternative()) {
				inserts.add(new Object[] { labels.uri(), labels.language(), LabelKind.ALTERNATIVE.name(), text });
			}
			for (String text : labels.hidden()) {
				inserts.add(new Object[] { labels.uri(), labels.language(), LabelKind.HIDDEN.name(), text });
			}
		}
		batch("delete from resources_label where concept_uri = ? and language = ?", deletes, null);
		batch("insert into resources_label (concept_uri, language, kind, text) values (?, ?, ?, ?)", inserts, progress);
		return inserts.size();
	}

	private int writeDescriptions(List<Labels> all, ImportJobs.Progress progress) {
		boolean stored = any("select 1 from resources_description fetch first 1 rows only");
		List<Object[]> deletes = new ArrayList<>();
		List<Object[]> inserts = new ArrayList<>();
		Set<String> done = new HashSet<>();
		for (int i = all.size() - 1; i >= 0; i--) {
			Labels labels = all.get(i);
			if (!labels.withDescription() || !done.add(labels.uri() + ' ' + labels.language())) {
				continue;
			}
			if (stored) {
				deletes.add(new Object[] { labels.uri(), labels.language() });
			}
			if (labels.description() != null) {
				inserts.add(new Object[] { labels.uri(), labels.language(), labels.description() });
			}
		}
		batch("delete from resources_description where concept_uri = ? and language = ?", deletes, null);
		batch("insert into resources_description (concept_uri, language, text) values (?, ?, ?)", inserts, null);
		progress.advance(all.size());
		return inserts.size();
	}

	private int writeRelations(List<ClassificationData.Relation> relations, ImportJobs.Progress progress) {
		if (relations.isEmpty()) {
			return 0;
		}
		if (any("select 1 from resources_occupation_skill fetch first 1 rows only")) {
			Set<String> occupations = new LinkedHashSet<>();
			relations.forEach(relation -> occupations.add(relation.occupationUri()));
			batch("delete from resources_occupation_skill where occupation_uri = ?",
					occupations.stream().map(uri -> new Object[] { uri }).toList(), null);
		}
		batch("insert into resources_occupation_skill (occupation_uri, skill_uri, relation) values (?, ?, ?)",
				relations.stream()
					.map(relation -> new Object[] { relation.occupationUri(), relation.skillUri(), relation.relation() })
					.toList(),
				progress);
		return relations.size();
	}

	private int writeProfessions(Map<String, String> titles, ImportJobs.Progress progress) {
		if (titles.isEmpty()) {
			return 0;
		}
		Set<String> existing = new HashSet<>(jdbc.queryForList("select code from resources_cp2011", String.class));
		List<Object[]> inserts = new ArrayList<>();
		List<Object[]> updates = new ArrayList<>();
		titles.forEach((code, title) -> (existing.contains(code) ? updates : inserts).add(new Object[] { title, code }));
		batch("insert into resources_cp2011 (title, code) values (?, ?)", inserts, progress);
		batch("update resources_cp2011 set title = ? where code = ?", updates, progress);
		return titles.size();
	}

	private int writeMappings(List<ClassificationData.Cp2011Mapping> mappings, ImportJobs.Progress progress) {
		if (mappings.isEmpty()) {
			return 0;
		}
		if (any("select 1 from resources_occupation_cp2011 fetch first 1 rows only")) {
			Set<String> occupations = new LinkedHashSet<>();
			mappings.forEach(mapping -> occupations.add(mapping.occupationUri()));
			batch("delete from resources_occupation_cp2011 where occupation_uri = ?",
					occupations.stream().map(uri -> new Object[] { uri }).toList(), null);
		}
		Map<String, Object[]> rows = new java.util.LinkedHashMap<>();
		mappings.forEach(mapping -> rows.put(mapping.occupationUri() + ' ' + mapping.code(),
				new Object[] { mapping.occupationUri(), mapping.code(), mapping.relation() }));
		batch("insert into resources_occupation_cp2011 (occupation_uri, cp_code, relation) values (?, ?, ?)",
				new ArrayList<>(rows.values()), progress);
		progress.advance(mappings.size() - rows.size());
		return rows.size();
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

	/** References to unknown concepts: skipped while few, else the import is refused at the first. */
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

	static DomainException tooLarge(String limit) {
		return new DomainException(HttpStatus.PAYLOAD_TOO_LARGE, "resources.import.tooLarge", limit);
	}
}
