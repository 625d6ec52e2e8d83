package it.mestieri;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import it.mestieri.reception.VisitStatus;

/**
 * Italian (the default) and English say the same things: each bundle ({@code messages}
 * and one per module that has its own, such as {@code partners}) has the same keys in
 * both languages, no key is in two bundles, no text is empty, and every message key the
 * code names exists.
 */
class I18nPropertiesSyncTest {

	static final Path FOLDER = Path.of("src/main/resources/i18n");

	/**
	 * A literal message key in the code, such as "reception.desk.taken" (prefixes ending
	 * in a dot are skipped).
	 */
	static final Pattern KEY_IN_CODE = Pattern.compile(
			"\"((?:problem|centre|identity|reception|shared|partners|rota|counselling|delivery|resources|search|events)\\.[A-Za-z0-9_]+(?:\\.[A-Za-z0-9_]+)*)\"");

	/**
	 * The actions a visit names when it refuses a move: {@code require(..., "finish")}.
	 */
	static final Pattern VISIT_ACTION = Pattern.compile("require\\(EnumSet\\.of\\([^)]*\\), \"(\\w+)\"\\)");

	@Test
	void everyBundleIsNamedInTheConfigurationAndHasTheSameKeysInBothLanguages() throws IOException {
		List<String> configured = List.of(configuration().getProperty("spring.messages.basename").split(","));
		assertThat(bundles()).as("bundles in " + FOLDER)
			.containsExactlyInAnyOrderElementsOf(
					configured.stream().map(name -> name.trim().substring("i18n/".length())).toList());
		for (String bundle : bundles()) {
			Set<String> italian = load(italian(bundle)).stringPropertyNames();
			Set<String> english = load(english(bundle)).stringPropertyNames();

			assertThat(difference(italian, english)).as("keys only in the Italian " + bundle).isEmpty();
			assertThat(difference(english, italian)).as("keys only in the English " + bundle).isEmpty();
		}
	}

	@Test
	void noKeyIsInTwoBundles() throws IOException {
		Map<String, String> seen = new HashMap<>();
		List<String> twice = new ArrayList<>();
		for (String bundle : bundles()) {
			for (String key : load(italian(bundle)).stringPropertyNames()) {
				String before = seen.put(key, bundle);
				if (before != null) {
					twice.add(key + " in " + before + " and " + bundle);
				}
			}
		}
		assertThat(twice).isEmpty();
	}

	@Test
	void noMessageIsEmpty() throws IOException {
		for (String bundle : bundles()) {
			for (Path file : List.of(italian(bundle), english(bundle))) {
				Properties messages = load(file);
				assertThat(messages.stringPropertyNames().stream().filter(key -> messages.getProperty(key).isBlank()))
					.as("empty messages in " + file)
					.isEmpty();
			}
		}
	}

	@Test
	void everyMessageKeyNamedInTheCodeExists() throws IOException {
		Set<String> keys = allKeys();
		Set<String> named = new TreeSet<>();
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
				Matcher matcher = KEY_IN_CODE.matcher(Files.readString(source));
				while (matcher.find()) {
					named.add(matcher.group(1));
				}
			}
		}

		assertThat(named).as("message keys named in src/main/java").isNotEmpty();
		assertThat(difference(named, keys)).as("keys named in the code but missing from the bundles").isEmpty();
	}

	@Test
	void everyVisitStatusAndRefusedActionHasAName() throws IOException {
		Set<String> keys = allKeys();
		Set<String> needed = new TreeSet<>();
		for (VisitStatus status : VisitStatus.values()) {
			needed.add("reception.status." + status.name());
		}
		Matcher actions = VISIT_ACTION
			.matcher(Files.readString(Path.of("src/main/java/it/mestieri/reception/Visit.java")));
		while (actions.find()) {
			needed.add("reception.action." + actions.group(1));
		}

		assertThat(needed).contains("reception.action.finish");
		assertThat(difference(needed, keys)).isEmpty();
	}

	/**
	 * The bundles' names: every Italian file in the folder, such as "messages" or
	 * "partners".
	 */
	private static List<String> bundles() throws IOException {
		try (Stream<Path> files = Files.list(FOLDER)) {
			return files.map(file -> file.getFileName().toString())
				.filter(name -> name.endsWith(".properties") && !name.endsWith("_en.properties"))
				.map(name -> name.substring(0, name.length() - ".properties".length()))
				.sorted()
				.toList();
		}
	}

	private static Path italian(String bundle) {
		return FOLDER.resolve(bundle + ".properties");
	}

	private static Path english(String bundle) {
		return FOLDER.resolve(bundle + "_en.properties");
	}

	private static Set<String> allKeys() throws IOException {
		Set<String> keys = new TreeSet<>();
		for (String bundle : bundles()) {
			keys.addAll(load(italian(bundle)).stringPropertyNames());
		}
		return keys;
	}

	private static Properties configuration() throws IOException {
		return load(Path.of("src/main/resources/application.properties"));
	}

	private static Set<String> difference(Set<String> these, Set<String> those) {
		Set<String> result = new TreeSet<>(these);
		result.removeAll(those);
		return result;
	}

	private static Properties load(Path bundle) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
