package it.mestieri.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSourceResolvable;

class FieldChecksTest {

	private static final String NURSE = "http://data.europa.eu/esco/occupation/ee4e2cd5-7a5c-4f11-9e2a-ab7b2a1e0e55";

	private final FieldChecks checks = new FieldChecks("events");

	@Test
	void textIsStrippedOfControlCharactersAndRefusedWhenMissingOrTooLong() {
		assertThat(checks.text("  Fiera\u0000 del lavoro\u200B ", 40, "title")).isEqualTo("Fiera del lavoro");
		assertThat(refusal(() -> checks.text(" \u0007 ", 40, "title")).messageKey()).isEqualTo("events.field.required");
		DomainException tooLong = refusal(() -> checks.text("x".repeat(41), 40, "title"));
		assertThat(tooLong.messageKey()).isEqualTo("events.text.tooLong");
		assertThat(fieldOf(tooLong)).isEqualTo("events.field.title");
		assertThat(tooLong.arguments()[1]).isEqualTo(40);
	}

	@Test
	void optionalTextIsNullWhenBlank() {
		assertThat(checks.optional(null, 10, "place")).isNull();
		assertThat(checks.optional("   ", 10, "place")).isNull();
		assertThat(checks.optional(" Roma ", 10, "place")).isEqualTo("Roma");
	}

	@Test
	void requiredRefusesNullNamingTheField() {
		assertThat(checks.required(3, "capacity")).isEqualTo(3);
		DomainException missing = refusal(() -> checks.required(null, "capacity"));
		assertThat(missing.messageKey()).isEqualTo("events.field.required");
		assertThat(fieldOf(missing)).isEqualTo("events.field.capacity");
	}

	@Test
	void aDayIsReadAsTypedAndAnythingElseIsRefused() {
		assertThat(checks.date(" 2026-03-20 ", "from")).isEqualTo(LocalDate.of(2026, 3, 20));
		assertThat(checks.date("", "from")).isNull();
		assertThat(refusal(() -> checks.date("20/03/2026", "from")).messageKey()).isEqualTo("events.date.invalid");
	}

	@Test
	void occupationsAreEscoUrisInTheirHttpFormWithoutRepeatsAndFiftyAtMost() {
		String https = NURSE.replace("http:", "https:");
		assertThat(checks.occupation(https, "occupations")).isEqualTo(NURSE);
		assertThat(checks.occupations(Arrays.asList(NURSE, https, " ", null), "occupations")).containsExactly(NURSE);
		assertThat(refusal(() -> checks.occupation("http://example.org/nurse", "occupations")).messageKey())
			.isEqualTo("events.occupation.invalid");
		List<String> tooMany = IntStream.range(0, 51)
			.mapToObj(i -> NURSE.substring(0, NURSE.length() - 2) + String.format("%02x", i))
			.toList();
		assertThat(refusal(() -> checks.occupations(tooMany, "occupations")).messageKey())
			.isEqualTo("events.occupations.tooMany");
	}

	@Test
	void eachModuleKeepsItsOwnMessages() {
		assertThat(refusal(() -> new FieldChecks("resources").required(null, "title")).messageKey())
			.isEqualTo("resources.field.required");
		assertThat(FieldChecks.shortened("x".repeat(50))).hasSize(41).endsWith("…");
	}

	private static DomainException refusal(Runnable check) {
		DomainException refusal = catchThrowableOfType(DomainException.class, check::run);
		assertThat(refusal).as("refused").isNotNull();
		return refusal;
	}

	private static String fieldOf(DomainException refusal) {
		return ((MessageSourceResolvable) refusal.arguments()[0]).getCodes()[0];
	}

}
