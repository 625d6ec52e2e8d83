package it.mestieri.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Demo mode is asked for, never guessed from the database. */
class DemoModeTest {

	@Test
	void theEmbeddedDatabaseAloneDoesNotTurnDemoModeOn() {
		MockEnvironment fresh = new MockEnvironment().withProperty("spring.datasource.url",
				"jdbc:h2:file:./data/mestieri;DB_CLOSE_ON_EXIT=FALSE");

		assertThat(new DemoMode(fresh).enabled()).isFalse();
		assertThat(new DemoMode(fresh.withProperty("mestieri.demo", "")).enabled()).isFalse();
	}

	@Test
	void onlyTrueTurnsItOn() {
		assertThat(new DemoMode(new MockEnvironment().withProperty("mestieri.demo", "true")).enabled()).isTrue();
		assertThat(new DemoMode(new MockEnvironment().withProperty("mestieri.demo", " TRUE ")).enabled()).isTrue();
		assertThat(new DemoMode(new MockEnvironment().withProperty("mestieri.demo", "false")).enabled()).isFalse();
		assertThat(new DemoMode(new MockEnvironment().withProperty("mestieri.demo", "yes")).enabled()).isFalse();
	}

}
