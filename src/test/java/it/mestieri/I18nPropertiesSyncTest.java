package it.mestieri;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import it.mestieri.reception.VisitStatus;

/**
 * Italian (the default) and English say the same things: the two bundles have the same keys,
 * no empty text, and every message key the code names exists.
 */
class I18nPropertiesSyncTest {

	static final Path ITALIAN = Path.of("src/main/resources/i18n/messages.properties");
	static final Path ENGLISH = Path.of("src/main/resources/i18n/messages_en.properties");

	/** A literal message key in the code, such as "reception.desk.taken" (prefixes ending in a dot are skipped). */
	static final Pattern KEY_IN_CODE = Pattern
		.compile("\"((?:problem|centre|identity|reception|shared)\\.[A-Za-z0-9_]+(?:\\.[A-Za-z0-9_]+)*)\"");

	/** The actions a visit names when it refuses a move: {@code require(..., "finish")}. */
	static final Pattern VISIT_ACTION = Pattern.compile("require\\(EnumSet\\.of\\([^)]*\\), \"(\\w+)\"\\)");

	@Test
	void bothBundlesHaveTheSameKeys() throws IOException {
		Set<String> italian = load(ITALIAN).stringPropertyNames();
		Set<String> english = load(ENGLISH).stringPropertyNames();

		assertThat(difference(italian, english)).as("keys only in the Italian bundle").isEmpty();
		assertThat(difference(english, italian)).as("keys only in the English bundle").isEmpty();
	}

	@Test
	void noMessageIsEmpty() throws IOException {
		for (Path bundle : new Path[] { ITALIAN, ENGLISH }) {
			Properties messages = load(bundle);
			assertThat(messages.stringPropertyNames().stream().filter(key -> messages.getProperty(key).isBlank()))
				.as("empty messages in " + bundle)
				.isEmpty();
		}
	}

	@Test
	void everyMessageKeyNamedInTheCodeExists() throws IOException {
		Set<String> keys = load(ITALIAN).stringPropertyNames();
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
		Set<String> keys = load(ITALIAN).stringPropertyNames();
		Set<String> needed = new TreeSet<>();
		for (VisitStatus status : VisitStatus.values()) {
			needed.add("reception.status." + status.name());
		}
		Matcher actions = VISIT_ACTION.matcher(Files.readString(Path.of("src/main/java/it/mestieri/reception/Visit.java")));
		while (actions.find()) {
			needed.add("reception.action." + actions.group(1));
		}

		assertThat(needed).contains("reception.action.finish");
		assertThat(difference(needed, keys)).isEmpty();
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
