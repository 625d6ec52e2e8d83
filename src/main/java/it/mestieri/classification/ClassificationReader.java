package it.mestieri.classification;

import it.mestieri.shared.ImportJobs;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;

import it.mestieri.classification.ClassificationData.Concept;
import it.mestieri.classification.ClassificationData.ConceptKind;
import it.mestieri.classification.ClassificationData.Cp2011Mapping;
import it.mestieri.classification.ClassificationData.Labels;
import it.mestieri.classification.ClassificationData.Relation;
import it.mestieri.classification.ClassificationData.Where;
import it.mestieri.shared.DomainException;

/**
 * Reads the files of a classification import into memory, checking everything: the
 * official ESCO CSV package of any language and version 1.0.x to 1.2.x (zips as
 * published, one zip holding everything, possibly inside a folder, or bare CSV files),
 * the Italian occupation labels of the melo benchmark (two TSV files) and the official
 * CP2011 to ESCO mapping (CSV). Files are known by name; inside a zip other files are
 * ignored. Columns are read by header name, so the columns later versions add do not
 * matter; a missing required column refuses the file. The first problem found refuses the
 * whole import with the file, the line where the bad record starts and why.
 */
final class ClassificationReader {

	static final int MAX_URI = 255;
	static final int MAX_LABEL = 1000;
	static final int MAX_DESCRIPTION = 8000;

	/** Entries of one zip: an ESCO package has about 20. */
	static final int MAX_ZIP_ENTRIES = 200;

	/** Characters of one line: the longest of ESCO 1.1.1 has 2,509. */
	static final int MAX_LINE = 64 * 1024;

	private static final String LANG = "([a-z]{2,3}(?:-[a-z0-9]{2,8})?)";

	private static final Pattern OCCUPATIONS = Pattern.compile("occupations_" + LANG + "\\.csv",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern SKILLS = Pattern.compile("skills_" + LANG + "\\.csv", Pattern.CASE_INSENSITIVE);

	private static final Pattern GROUPS = Pattern.compile("iscogroups_" + LANG + "\\.csv", Pattern.CASE_INSENSITIVE);

	private static final Pattern RELATIONS = Pattern.compile("occupationskillrelations(?:_" + LANG + ")?\\.csv",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern CP2011 = Pattern.compile(".*mapping.*\\.csv", Pattern.CASE_INSENSITIVE);

	private static final String MELO_LABELS = "corpus_elements.tsv";

	private static final String MELO_URIS = "concept_mapping.tsv";

	private static final Pattern VERSION = Pattern.compile("(?:esco[ _-]*v?|(?<![a-z0-9])v)(\\d+\\.\\d+\\.\\d+)",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern URI = Pattern.compile("https?://\\S+");

	private static final Pattern ISCO_CODE = Pattern.compile("\\d{1,4}");

	private static final Pattern CP_CODE = Pattern.compile("\\d(\\.\\d{1,2}){0,4}");

	private static final Pattern MELO_ID = Pattern.compile("(.+)_([a-z]{2,3})_(\\d{3})");

	private static final CSVFormat CSV = CSVFormat.DEFAULT.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setIgnoreEmptyLines(true)
		.setAllowMissingColumnNames(true)
		.setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
		.get();

	private static final CSVFormat CSV_NO_HEADER = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

	private static final Map<String, String> MATCHES = Map.of("skos:exactmatch", "EXACT", "skos:closematch", "CLOSE",
			"skos:broadmatch", "BROAD", "skos:narrowmatch", "NARROW");

	private final ImportJobs.Progress progress;

	private final ClassificationData data = new ClassificationData();

	private final Map<String, String> meloLabels = new LinkedHashMap<>();

	private final Map<String, Where> meloUris = new LinkedHashMap<>();

	private final Map<String, String> meloUriOf = new HashMap<>();

	/** One String per URI: the relations name each concept many times. */
	private final Map<String, String> uris = new HashMap<>();

	private boolean meloLabelsRead;

	private boolean meloUrisRead;

	private final long maxUnpacked;

	private long unpacked;

	private ClassificationReader(ImportJobs.Progress progress, long maxUnpacked) {
		this.progress = progress;
		this.maxUnpacked = maxUnpacked;
	}

	/**
	 * Reads and checks every file; refuses the lot on the first problem. A small zip
	 * cannot exhaust the memory: its entries, the bytes they unpack to (at most
	 * {@code maxUnpacked} for the whole import) and the length of each line are capped.
	 */
	static ClassificationData read(List<PackageFile> files, ImportJobs.Progress progress, long maxUnpacked) {
		ClassificationReader reader = new ClassificationReader(progress, maxUnpacked);
		progress.phase("resources.phase.reading", files.stream().mapToLong(PackageFile::size).sum());
		for (PackageFile file : files) {
			reader.readFile(file);
		}
		reader.combineMelo();
		if (reader.data.isEmpty()) {
			throw new DomainException(HttpStatus.BAD_REQUEST, "resources.import.nothing",
					String.join(", ", files.stream().map(PackageFile::name).toList()));
		}
		return reader.data;
	}

	/**
	 * The refusal of a file: the message names it, the line (0 when not about a line) and
	 * the reason.
	 */
	static DomainException refused(String file, long line, String reasonKey, Object... arguments) {
		DefaultMessageSourceResolvable reason = new DefaultMessageSourceResolvable(new String[] { reasonKey },
				arguments);
		return line > 0 ? DomainException.invalid("resources.import.refusedAt", file, line, reason)
				: DomainException.invalid("resources.import.refused", file, reason);
	}

	private void readFile(PackageFile file) {
		if (file.size() == 0) {
			throw refused(file.name(), 0, "resources.import.reason.empty");
		}
		try (InputStream raw = new Counting(file.open(), progress);
				BufferedInputStream in = new BufferedInputStream(raw, 64 * 1024)) {
			in.mark(4);
			byte[] head = in.readNBytes(4);
			in.reset();
			boolean zip = head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
			String lower = file.name().toLowerCase(Locale.ROOT);
			if (zip) {
				readZip(file.name(), in);
			}
			else if (lower.endsWith(".zip")) {
				throw refused(file.name(), 0, "resources.import.reason.notZip");
			}
			else if (!readEntry(file.name(), baseName(file.name()), in)) {
				throw refused(file.name(), 0, "resources.import.reason.unknownFile");
			}
		}
		catch (IOException ex) {
			throw refused(file.name(), 0, "resources.import.reason.unreadable");
		}
	}

	private void readZip(String zipName, InputStream in) throws IOException {
		int entries = 0;
		try (ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8)) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				if (++entries > MAX_ZIP_ENTRIES) {
					throw refused(zipName, 0, "resources.import.reason.tooManyEntries", MAX_ZIP_ENTRIES);
				}
				if (!entry.isDirectory()) {
					String base = baseName(entry.getName());
					if (readEntry(zipName + " › " + base, base, new Unpacked(zip, zipName))) {
						rememberVersion(entry.getName());
					}
				}
			}
		}
		catch (ZipException | IllegalArgumentException ex) {
			throw refused(zipName, 0, "resources.import.reason.brokenZip");
		}
		if (entries == 0) {
			throw refused(zipName, 0, "resources.import.reason.brokenZip");
		}
		if (data.files.stream().noneMatch(name -> name.startsWith(zipName + " › "))) {
			throw refused(zipName, 0, "resources.import.reason.nothingInZip");
		}
		rememberVersion(zipName);
	}

	/** Reads a file it recognises by name and says whether it did. */
	private boolean readEntry(String label, String base, InputStream in) throws IOException {
		Matcher m;
		if ((m = OCCUPATIONS.matcher(base)).matches()) {
			readConcepts(label, in, ConceptKind.OCCUPATION, language(m));
		}
		else if ((m = SKILLS.matcher(base)).matches()) {
			readConcepts(label, in, ConceptKind.SKILL, language(m));
		}
		else if ((m = GROUPS.matcher(base)).matches()) {
			readConcepts(label, in, ConceptKind.ISCO_GROUP, language(m));
		}
		else if (RELATIONS.matcher(base).matches()) {
			readRelations(label, in);
		}
		else if (base.equalsIgnoreCase(MELO_LABELS)) {
			readMeloLabels(label, in);
		}
		else if (base.equalsIgnoreCase(MELO_URIS)) {
			readMeloUris(label, in);
		}
		else if (CP2011.matcher(base).matches()) {
			readCp2011(label, in);
		}
		else {
			return false;
		}
		data.files.add(label);
		if (!base.toLowerCase(Locale.ROOT).endsWith(".tsv") && !CP2011.matcher(base).matches()) {
			rememberVersion(label);
		}
		return true;
	}

	private static String language(Matcher m) {
		return m.group(1).toLowerCase(Locale.ROOT);
	}

	private void rememberVersion(String name) {
		Matcher m = VERSION.matcher(name);
		if (data.versionFromName == null && m.find()) {
			data.versionFromName = m.group(1);
		}
	}

	private static String baseName(String path) {
		String name = path.replace('\\', '/');
		return name.substring(name.lastIndexOf('/') + 1);
	}

	// ESCO concept files

	private void readConcepts(String file, InputStream in, ConceptKind kind, String language) throws IOException {
		List<String> required = switch (kind) {
			case OCCUPATION -> List.of("conceptUri", "preferredLabel", "iscoGroup");
			case SKILL -> List.of("conceptUri", "preferredLabel");
			case ISCO_GROUP -> List.of("conceptUri", "preferredLabel", "code");
		};
		data.languages.add(language);
		Set<String> seen = new TreeSet<>();
		Map<String, Concept> concepts = data.concepts(kind);
		forEachRecord(file, in, required, (row, where) -> {
			String uri = uris.computeIfAbsent(uri(row, "conceptUri", where), u -> u);
			if (!seen.add(uri)) {
				throw refused(file, where.line(), "resources.import.reason.duplicate", uri);
			}
			String preferred = text(row, "preferredLabel", MAX_LABEL, where);
			if (preferred == null) {
				throw refused(file, where.line(), "resources.import.reason.noLabel", "preferredLabel");
			}
			Concept concept = concepts.computeIfAbsent(uri, u -> new Concept(u, kind));
			switch (kind) {
				case OCCUPATION -> {
					String isco = row.get("iscoGroup");
					if (isco != null && !ISCO_CODE.matcher(isco).matches()) {
						throw refused(file, where.line(), "resources.import.reason.isco", isco);
					}
					concept.iscoCode = isco != null ? isco : concept.iscoCode;
					concept.code = orElse(text(row, "code", 40, where), concept.code);
				}
				case SKILL -> {
					concept.skillType = orElse(text(row, "skillType", 40, where), concept.skillType);
					concept.reuseLevel = orElse(text(row, "reuseLevel", 40, where), concept.reuseLevel);
				}
				case ISCO_GROUP -> {
					String code = row.get("code");
					if (code == null || !ISCO_CODE.matcher(code).matches()) {
						throw refused(file, where.line(), "resources.import.reason.isco", code == null ? "" : code);
					}
					concept.code = code;
				}
			}
			List<String> alternative = lines(row, "altLabels", preferred, List.of(), where);
			List<String> hidden = lines(row, "hiddenLabels", preferred, alternative, where);
			String description = text(row, "description", MAX_DESCRIPTION, where);
			data.labels.add(new Labels(uri, language, preferred, alternative, hidden, row.has("description"),
					description, where));
		});
	}

	private List<String> lines(Row row, String column, String preferred, List<String> before, Where where) {
		String value = row.get(column);
		if (value == null) {
			return List.of();
		}
		List<String> result = new ArrayList<>();
		for (String line : value.split("\\R")) {
			String label = line.strip();
			if (label.length() > MAX_LABEL) {
				throw refused(where.file(), where.line(), "resources.import.reason.tooLong", column, MAX_LABEL);
			}
			if (!label.isEmpty() && !label.equals(preferred) && !before.contains(label) && !result.contains(label)) {
				result.add(label);
			}
		}
		return result;
	}

	// ESCO relations

	private void readRelations(String file, InputStream in) throws IOException {
		forEachRecord(file, in, List.of("occupationUri", "relationType", "skillUri"), (row, where) -> {
			String occupation = uris.computeIfAbsent(uri(row, "occupationUri", where), uri -> uri);
			String skill = uris.computeIfAbsent(uri(row, "skillUri", where), uri -> uri);
			String type = row.get("relationType");
			String relation = type == null ? "" : type.toLowerCase(Locale.ROOT);
			if (!relation.equals("essential") && !relation.equals("optional")) {
				throw refused(file, where.line(), "resources.import.reason.relationType", type == null ? "" : type);
			}
			data.relations.put(occupation + ' ' + skill,
					new Relation(occupation, skill, relation.toUpperCase(Locale.ROOT), where));
		});
	}

	// The Italian occupation labels (melo): id → label, id → concept URI

	private void readMeloLabels(String file, InputStream in) throws IOException {
		meloLabelsRead = true;
		forEachTsvLine(file, in, (id, value, line) -> {
			if (value.isEmpty() || value.length() > MAX_LABEL) {
				throw refused(file, line, "resources.import.reason.tsvLabel");
			}
			meloLabels.put(id, value);
		});
	}

	private void readMeloUris(String file, InputStream in) throws IOException {
		meloUrisRead = true;
		forEachTsvLine(file, in, (id, value, line) -> {
			if (!URI.matcher(value).matches() || value.length() > MAX_URI) {
				throw refused(file, line, "resources.import.reason.uri", value);
			}
			meloUris.put(id, new Where(file, line));
			meloUriOf.put(id, value);
		});
	}

	private void combineMelo() {
		if (!meloLabelsRead && !meloUrisRead) {
			return;
		}
		if (!meloLabelsRead || !meloUrisRead) {
			throw refused(meloLabelsRead ? MELO_LABELS : MELO_URIS, 0, "resources.import.reason.meloPair");
		}
		Map<String, String> preferred = new LinkedHashMap<>();
		Map<String, List<String>> alternative = new LinkedHashMap<>();
		Map<String, Where> where = new LinkedHashMap<>();
		Map<String, String> language = new HashMap<>();
		for (var entry : meloUris.entrySet()) {
			String id = entry.getKey();
			String label = meloLabels.get(id);
			if (label == null) {
				throw refused(entry.getValue().file(), entry.getValue().line(), "resources.import.reason.meloId", id);
			}
			Matcher m = MELO_ID.matcher(id);
			m.matches();
			String uri = meloUriOf.get(id);
			where.putIfAbsent(uri, entry.getValue());
			language.putIfAbsent(uri, m.group(2));
			if (m.group(3).equals("000")) {
				preferred.put(uri, label);
			}
			else {
				alternative.computeIfAbsent(uri, u -> new ArrayList<>()).add(label);
			}
		}
		for (String uri : where.keySet()) {
			String pref = preferred.get(uri);
			List<String> alts = alternative.getOrDefault(uri, List.of())
				.stream()
				.filter(label -> !label.equals(pref))
				.distinct()
				.toList();
			data.languages.add(language.get(uri));
			data.extraLabels
				.add(new Labels(uri, language.get(uri), pref, alts, List.of(), false, null, where.get(uri)));
		}
	}

	@FunctionalInterface
	private interface TsvLine {

		void accept(String id, String value, long line);

	}

	private static void forEachTsvLine(String file, InputStream in, TsvLine consumer) throws IOException {
		BufferedReader reader = new BufferedReader(withoutBom(file, in));
		String text;
		long line = 0;
		while ((text = reader.readLine()) != null) {
			line++;
			if (text.isBlank()) {
				continue;
			}
			int tab = text.indexOf('\t');
			if (tab < 0) {
				throw refused(file, line, "resources.import.reason.tsv");
			}
			String id = text.substring(0, tab).strip();
			if (!MELO_ID.matcher(id).matches()) {
				throw refused(file, line, "resources.import.reason.meloIdFormat", id);
			}
			consumer.accept(id, text.substring(tab + 1).strip(), line);
		}
		if (line == 0) {
			throw refused(file, 0, "resources.import.reason.empty");
		}
	}

	// The CP2011 ↔ ESCO mapping: a block of "name,value" lines, then a header row and the
	// mappings

	private void readCp2011(String file, InputStream in) throws IOException {
		Map<String, Integer> header = null;
		long expectedFields = 0;
		try (CSVParser parser = CSVParser.builder().setReader(withoutBom(file, in)).setFormat(CSV_NO_HEADER).get()) {
			Iterator<CSVRecord> records = parser.iterator();
			while (true) {
				long start = parser.getCurrentLineNumber() + 1;
				CSVRecord record;
				try {
					if (!records.hasNext()) {
						break;
					}
					record = records.next();
				}
				catch (UncheckedIOException | IllegalStateException ex) {
					throw refused(file, start, "resources.import.reason.quoting");
				}
				if (header == null) {
					if (record.size() > 0 && record.get(0).strip().equalsIgnoreCase("Classification 1 URI")) {
						header = new HashMap<>();
						for (int i = 0; i < record.size(); i++) {
							header.putIfAbsent(record.get(i).strip(), i);
						}
						expectedFields = record.size();
						List<String> missing = new ArrayList<>();
						for (String column : List.of("Classification 1 URI", "Classification 2 ID",
								"Classification 2 PrefLabel", "Mapping relation")) {
							if (!header.containsKey(column)) {
								missing.add(column);
							}
						}
						if (!missing.isEmpty()) {
							throw refused(file, start, "resources.import.reason.columns", String.join(", ", missing));
						}
					}
					continue;
				}
				if (record.size() == 1 && record.get(0).isBlank()) {
					continue;
				}
				if (record.size() != expectedFields) {
					throw refused(file, start, "resources.import.reason.fields", expectedFields, record.size());
				}
				Where where = new Where(file, start);
				String uri = record.get(header.get("Classification 1 URI")).strip();
				if (!URI.matcher(uri).matches() || uri.length() > MAX_URI) {
					throw refused(file, start, "resources.import.reason.uri", uri);
				}
				String code = record.get(header.get("Classification 2 ID")).strip();
				if (!CP_CODE.matcher(code).matches()) {
					throw refused(file, start, "resources.import.reason.cpCode", code);
				}
				String title = record.get(header.get("Classification 2 PrefLabel")).strip();
				if (title.isEmpty() || title.length() > 400) {
					throw refused(file, start, "resources.import.reason.cpTitle");
				}
				String relationText = record.get(header.get("Mapping relation")).strip();
				String relation = MATCHES.get(relationText.toLowerCase(Locale.ROOT));
				if (relation == null) {
					throw refused(file, start, "resources.import.reason.matchType", relationText);
				}
				data.cp2011Titles.put(code, title);
				data.cp2011.add(new Cp2011Mapping(uri, code, relation, where));
			}
		}
		catch (IOException ex) {
			throw refused(file, 1, "resources.import.reason.quoting");
		}
		if (header == null) {
			throw refused(file, 0, "resources.import.reason.cpHeader");
		}
	}

	// CSV with a header

	/** A record, read by column name. */
	private static final class Row {

		private final Map<String, Integer> header;

		private final CSVRecord record;

		Row(Map<String, Integer> header, CSVRecord record) {
			this.header = header;
			this.record = record;
		}

		boolean has(String column) {
			return header.containsKey(column);
		}

		/** The value stripped of surrounding blanks, or null when empty or absent. */
		String get(String column) {
			Integer index = header.get(column);
			if (index == null || index >= record.size()) {
				return null;
			}
			String value = record.get(index).strip();
			return value.isEmpty() ? null : value;
		}

	}

	@FunctionalInterface
	private interface RowConsumer {

		void accept(Row row, Where where);

	}

	private static void forEachRecord(String file, InputStream in, List<String> required, RowConsumer consumer)
			throws IOException {
		CSVParser parser;
		try {
			parser = CSVParser.builder().setReader(withoutBom(file, in)).setFormat(CSV).get();
		}
		catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException ex) {
			throw refused(file, 1, "resources.import.reason.header");
		}
		try (parser) {
			Map<String, Integer> header = new HashMap<>();
			parser.getHeaderMap().forEach((name, index) -> header.putIfAbsent(name.strip(), index));
			if (header.isEmpty()) {
				throw refused(file, 0, "resources.import.reason.empty");
			}
			List<String> missing = required.stream().filter(column -> !header.containsKey(column)).toList();
			if (!missing.isEmpty()) {
				throw refused(file, 1, "resources.import.reason.columns", String.join(", ", missing));
			}
			int fields = parser.getHeaderNames().size();
			Iterator<CSVRecord> records = parser.iterator();
			while (true) {
				long start = parser.getCurrentLineNumber() + 1;
				CSVRecord record;
				try {
					if (!records.hasNext()) {
						break;
					}
					record = records.next();
				}
				catch (UncheckedIOException | IllegalStateException ex) {
					throw refused(file, start, "resources.import.reason.quoting");
				}
				if (record.size() != fields) {
					throw refused(file, start, "resources.import.reason.fields", fields, record.size());
				}
				consumer.accept(new Row(header, record), new Where(file, start));
			}
		}
	}

	private static String uri(Row row, String column, Where where) {
		String uri = row.get(column);
		if (uri == null || !URI.matcher(uri).matches() || uri.length() > MAX_URI) {
			throw refused(where.file(), where.line(), "resources.import.reason.uri", uri == null ? "" : uri);
		}
		return uri;
	}

	private static String text(Row row, String column, int max, Where where) {
		String value = row.get(column);
		if (value != null && value.length() > max) {
			throw refused(where.file(), where.line(), "resources.import.reason.tooLong", column, max);
		}
		return value;
	}

	private static String orElse(String value, String otherwise) {
		return value != null ? value : otherwise;
	}

	private static Reader withoutBom(String file, InputStream in) throws IOException {
		BufferedReader reader = new BufferedReader(
				new LineCapped(new InputStreamReader(in, StandardCharsets.UTF_8), file), 64 * 1024);
		reader.mark(1);
		if (reader.read() != '\uFEFF') {
			reader.reset();
		}
		return reader;
	}

	/** Counts the bytes read from a file for the progress of the reading phase. */
	private static final class Counting extends FilterInputStream {

		private final ImportJobs.Progress progress;

		Counting(InputStream in, ImportJobs.Progress progress) {
			super(in);
			this.progress = progress;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				progress.advance(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				progress.advance(n);
			}
			return n;
		}

	}

	/**
	 * A zip entry as a parser reads it: closing it leaves the zip open, and the bytes
	 * unpacked from every zip of the import are counted against the cap.
	 */
	private final class Unpacked extends FilterInputStream {

		private final String zipName;

		Unpacked(InputStream in, String zipName) {
			super(in);
			this.zipName = zipName;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			count(b < 0 ? 0 : 1);
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			count(n);
			return n;
		}

		private void count(int bytes) {
			if (bytes > 0) {
				unpacked += bytes;
				if (unpacked > maxUnpacked) {
					throw refused(zipName, 0, "resources.import.reason.tooMuchUnpacked", maxUnpacked / (1024 * 1024));
				}
			}
		}

		@Override
		public void close() {
		}

	}

	/**
	 * Text whose lines may not grow past {@link #MAX_LINE} characters, so that no parser
	 * buffers without end.
	 */
	private static final class LineCapped extends FilterReader {

		private final String file;

		private long line = 1;

		private int length;

		LineCapped(Reader in, String file) {
			super(in);
			this.file = file;
		}

		@Override
		public int read() throws IOException {
			int c = super.read();
			if (c >= 0) {
				count((char) c);
			}
			return c;
		}

		@Override
		public int read(char[] buffer, int offset, int count) throws IOException {
			int n = super.read(buffer, offset, count);
			for (int i = 0; i < n; i++) {
				count(buffer[offset + i]);
			}
			return n;
		}

		private void count(char c) {
			if (c == '\n') {
				line++;
				length = 0;
			}
			else if (++length > MAX_LINE) {
				throw refused(file, line, "resources.import.reason.lineTooLong", MAX_LINE);
			}
		}

	}

}
