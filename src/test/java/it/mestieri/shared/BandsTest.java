package it.mestieri.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpStatus;

/** Reading profile bands and other enum values sent as text. */
class BandsTest {

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", "   " })
	void nothingGivenIsNothingStated(String value) {
		assertThat(Bands.parse(Gender.class, value, "gender")).isNull();
	}

	@Test
	void readsTheConstantWhateverTheCase() {
		assertThat(Bands.parse(Gender.class, "woman", "gender")).isEqualTo(Gender.WOMAN);
		assertThat(Bands.parse(Gender.class, "Woman", "gender")).isEqualTo(Gender.WOMAN);
	}

	@Test
	void acceptsDashesForUnderscoresAndSurroundingBlanks() {
		assertThat(Bands.parse(AgeBand.class, " from-18-to-24 ", "ageBand")).isEqualTo(AgeBand.FROM_18_TO_24);
		assertThat(Bands.parse(Residence.class, "not-stated", "residence")).isEqualTo(Residence.NOT_STATED);
	}

	@Test
	void anUnknownValueIsABadRequestNamingTheFieldTheValueAndTheValuesAllowed() {
		assertThatThrownBy(() -> Bands.parse(Gender.class, "female", "gender"))
			.isInstanceOfSatisfying(DomainException.class, refusal -> {
				assertThat(refusal.status()).isEqualTo(HttpStatus.BAD_REQUEST);
				assertThat(refusal.messageKey()).isEqualTo("problem.unknownValue");
				assertThat(refusal.arguments()).containsExactly("gender", "female", "WOMAN, MAN, OTHER, NOT_STATED");
			});
	}

	@Test
	void aLongUnknownValueIsCutInTheMessage() {
		String value = "x".repeat(500);

		assertThatThrownBy(() -> Bands.parse(Gender.class, value, "gender")).isInstanceOfSatisfying(
				DomainException.class, refusal -> assertThat(refusal.arguments()[1]).isEqualTo("x".repeat(40) + "…"));
	}

}
