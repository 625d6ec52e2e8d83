package it.mestieri.classification;

import it.mestieri.shared.ImportJobs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

import it.mestieri.shared.CentreClock;
import it.mestieri.shared.DomainException;

/**
 * Imports a classification package as a job of {@link ImportJobs}: read and check every
 * file ({@link ClassificationReader}), write in one transaction
 * ({@link ClassificationWriter}), then rebuild the occupations' search index. Each import
 * is recorded in {@code resources_classification_import}, refused ones too (with the
 * reason, in Italian).
 */
@Service
class ClassificationImport {

	static final String JOB_KIND = "classification";

	/**
	 * The bundled default: ESCO v1.1.1 in English, the Italian occupation labels and the
	 * CP2011 mapping.
	 */
	static final List<String> BUNDLED = List.of("data/esco/esco-1.1.1-classification-en-csv.zip",
			"data/esco/esco-1.1.1-relations-csv.zip", "data/esco-it/corpus_elements.tsv",
			"data/esco-it/concept_mapping.tsv", "data/cp2011/IT_mapping_23.04.2021.csv");
	static final String BUNDLED_VERSION = "1.1.1";

	private static final Logger log = LoggerFactory.getLogger(ClassificationImport.class);

	private static final Pattern VERSION = Pattern.compile("\\d{1,2}\\.\\d{1,2}(\\.\\d{1,3})?");

	private final ImportJobs jobs;

	private final ClassificationWriter writer;

	private final ApplicationEventPublisher events;

	private final JdbcTemplate jdbc;

	private final CentreClock clock;

	private final MessageSource messages;

	private final DataSize maxSize;

	private final DataSize maxUnpacked;

	ClassificationImport(ImportJobs jobs, ClassificationWriter writer, ApplicationEventPublisher events,
			JdbcTemplate jdbc, CentreClock clock, MessageSource messages,
			@Value("${mestieri.resources.max-package-size:100MB}") DataSize maxSize,
			@Value("${mestieri.resources.max-unpacked-size:1GB}") DataSize maxUnpacked) {
		this.maxUnpacked = maxUnpacked;
		this.jobs = jobs;
		this.writer = writer;
		this.events = events;
		this.jdbc = jdbc;
		this.clock = clock;
		this.messages = messages;
		this.maxSize = maxSize;
	}

	/** What a finished import did, as the API and the page show it. */
	record Result(String version, List<String> languages, List<String> files, int occupationsAdded,
			int occupationsUpdated, int skillsAdded, int skillsUpdated, int iscoGroups, int labels, int descriptions,
			int relations, int cp2011Professions, int cp2011Mappings, int skipped, String firstSkipped) {
	}

	/**
	 * Copies the uploaded files aside (the job outlives the request) and starts their
	 * import. Refuses at once an empty upload, one over the size limit or a malformed
	 * version.
	 */
	ImportJobs.Job upload(List<MultipartFile> uploads, String version) {
		List<MultipartFile> files = uploads.stream()
			.filter(file -> file != null
					&& (!file.isEmpty() || org.springframework.util.StringUtils.hasText(file.getOriginalFilename())))
			.toList();
		if (files.isEmpty()) {
			throw DomainException.invalid("resources.import.noFile");
		}
		String wanted = version == null || version.isBlank() ? null : version.strip();
		if (wanted != null && !VERSION.matcher(wanted).matches()) {
			throw DomainException.invalid("resources.import.badVersion", wanted);
		}
		long total = files.stream().mapToLong(MultipartFile::getSize).sum();
		if (total > maxSize.toBytes()) {
			throw new DomainException(HttpStatus.PAYLOAD_TOO_LARGE, "resources.import.tooLarge", maxSizeText());
		}
		List<Path> copies = new ArrayList<>();
		List<PackageFile> sources = new ArrayList<>();
		try {
			for (MultipartFile file : files) {
				Path copy = Files.createTempFile("mestieri-classification-", ".upload");
				copies.add(copy);
				try (InputStream in = file.getInputStream()) {
					Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
				}
				String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "upload"
						: Path.of(file.getOriginalFilename().replace('\\', '/')).getFileName().toString();
				sources.add(PackageFile.of(copy, name));
			}
		}
		catch (IOException ex) {
			copies.forEach(ClassificationImport::delete);
			throw new UncheckedIOException(ex);
		}
		return jobs.start(JOB_KIND, progress -> {
			try {
				return run(sources, wanted, "UPLOAD", progress);
			}
			finally {
				copies.forEach(ClassificationImport::delete);
			}
		});
	}

	/** Starts the import of the bundled default classification. */
	ImportJobs.Job loadBundled() {
		List<PackageFile> sources = BUNDLED.stream().map(PackageFile::classpath).toList();
		return jobs.start(JOB_KIND, progress -> run(sources, BUNDLED_VERSION, "BUNDLED", progress));
	}

	/**
	 * Imports an earlier run of the application left RUNNING in the history: it stopped
	 * during them (jobs live in memory, so none is still going). Each is marked STOPPED
	 * (interrupted). Its one transaction was either rolled back or committed before the
	 * occupations were indexed again, so when the classification has occupations they are
	 * indexed again, in the background. Called once at start, before any import of this
	 * run.
	 */
	void recoverInterrupted() {
		int interrupted = jdbc.update(
				"update resources_classification_import set status = 'STOPPED', finished_at = ?, "
						+ "message = ? where status = 'RUNNING'",
				Timestamp.from(clock.now()), messages.getMessage("resources.import.interrupted", null, Locale.ITALIAN));
		if (interrupted == 0) {
			return;
		}
		long occupations = jdbc.queryForObject("select count(*) from resources_occupation", Long.class);
		log.warn("{} classification import(s) stopped with the application: marked as interrupted{}", interrupted,
				occupations > 0 ? "; indexing the " + occupations + " occupations again" : "");
		if (occupations > 0) {
			// Also when the counts agree (a newer version over an older one): its labels
			// are not in the index.
			events.publishEvent(new ClassificationImported(null));
		}
	}

	String maxSizeText() {
		long bytes = maxSize.toBytes();
		return bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB"
				: Math.max(1, bytes / 1024) + " kB";
	}

	private Result run(List<PackageFile> sources, String version, String source, ImportJobs.Progress progress) {
		long started = System.nanoTime();
		long history = recordStart(source);
		try {
			ClassificationData data = ClassificationReader.read(sources, progress, maxUnpacked.toBytes());
			String escoVersion = version != null ? version : data.versionFromName;
			ClassificationWriter.Counts counts = writer.write(data, escoVersion, progress);
			Result result = new Result(escoVersion, List.copyOf(data.languages), List.copyOf(data.files),
					counts.occupationsAdded(), counts.occupationsUpdated(), counts.skillsAdded(),
					counts.skillsUpdated(), counts.iscoGroups(), counts.labels(), counts.descriptions(),
					counts.relations(), counts.cp2011Professions(), counts.cp2011Mappings(), counts.skipped(),
					counts.firstSkipped());
			recordEnd(history, "DONE", result, null);
			log.info("Classification import ({}) written in {} ms: {}", source,
					(System.nanoTime() - started) / 1_000_000, result);
			events.publishEvent(new ClassificationImported(escoVersion));
			return result;
		}
		catch (DomainException ex) {
			recordEnd(history, "FAILED", null,
					messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), Locale.ITALIAN));
			throw ex;
		}
		catch (RuntimeException ex) {
			recordEnd(history, "FAILED", null,
					messages.getMessage("resources.import.failed", null, "failed", Locale.ITALIAN));
			throw ex;
		}
	}

	private long recordStart(String source) {
		Timestamp now = Timestamp.from(clock.now());
		var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
		jdbc.update(connection -> {
			var statement = connection.prepareStatement(
					"insert into resources_classification_import (source, started_at, status) values (?, ?, 'RUNNING')",
					new String[] { "id" });
			statement.setString(1, source);
			statement.setTimestamp(2, now);
			return statement;
		}, key);
		return key.getKey().longValue();
	}

	private void recordEnd(long id, String status, Result result, String message) {
		String languages = result == null ? null : String.join(",", result.languages());
		if (languages != null && languages.length() > 8) {
			languages = languages.substring(0, languages.lastIndexOf(',', 8));
		}
		jdbc.update("update resources_classification_import set finished_at = ?, status = ?, esco_version = ?, "
				+ "language = ?, occupations = ?, skills = ?, relations = ?, labels = ?, message = ? where id = ?",
				Timestamp.from(clock.now()), status, result == null ? null : result.version(), languages,
				result == null ? 0 : result.occupationsAdded() + result.occupationsUpdated(),
				result == null ? 0 : result.skillsAdded() + result.skillsUpdated(),
				result == null ? 0 : result.relations(), result == null ? 0 : result.labels(),
				message == null ? null : message.substring(0, Math.min(message.length(), 2000)), id);
	}

	private static void delete(Path path) {
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException ex) {
			log.warn("Could not delete {}", path);
		}
	}

	/** One row of the import history. */
	record HistoryRow(long id, String source, String version, String language, Instant startedAt, Instant finishedAt,
			String status, int occupations, int skills, int relations, int labels, String message) {
	}

	List<HistoryRow> history(int limit) {
		return jdbc.query(
				"select * from resources_classification_import order by id desc fetch first " + limit + " rows only",
				(rs, i) -> new HistoryRow(rs.getLong("id"), rs.getString("source"), rs.getString("esco_version"),
						rs.getString("language"), instant(rs.getTimestamp("started_at")),
						instant(rs.getTimestamp("finished_at")), rs.getString("status"), rs.getInt("occupations"),
						rs.getInt("skills"), rs.getInt("relations"), rs.getInt("labels"), rs.getString("message")));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	/** What is loaded in one language. */
	record LanguageSummary(String language, long occupations, long skills, long groups, long labels) {
	}

	/**
	 * What is loaded: totals and, per language, how many concepts have a preferred label
	 * in it.
	 */
	record Summary(long occupations, long skills, long groups, long relations, long cp2011Professions,
			long cp2011Mappings, List<LanguageSummary> languages) {
	}

	Summary summary() {
		List<LanguageSummary> languages = jdbc.query(
				"""
						select l.language,
						  count(distinct case when l.kind = 'PREFERRED' and o.uri is not null then l.concept_uri end) as occupations,
						  count(distinct case when l.kind = 'PREFERRED' and s.uri is not null then l.concept_uri end) as skills,
						  count(distinct case when l.kind = 'PREFERRED' and g.uri is not null then l.concept_uri end) as groups_,
						  count(*) as labels
						from resources_label l
						left join resources_occupation o on o.uri = l.concept_uri
						left join resources_skill s on s.uri = l.concept_uri
						left join resources_isco_group g on g.uri = l.concept_uri
						group by l.language order by l.language""",
				(rs, i) -> new LanguageSummary(rs.getString("language"), rs.getLong("occupations"),
						rs.getLong("skills"), rs.getLong("groups_"), rs.getLong("labels")));
		return new Summary(count("resources_occupation"), count("resources_skill"), count("resources_isco_group"),
				count("resources_occupation_skill"), count("resources_cp2011"), count("resources_occupation_cp2011"),
				languages);
	}

	private long count(String table) {
		return jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

}
