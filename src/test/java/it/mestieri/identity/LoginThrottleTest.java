package it.mestieri.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import it.mestieri.testing.MutableClock;

/**
 * The login throttle as a guesser meets it: blocked per account and address, not for the
 * owner elsewhere; slowed down, never locked, per account; its counters not cleared by a
 * flood.
 */
class LoginThrottleTest {

	private final MutableClock clock = new MutableClock();

	private final LoginThrottle throttle = new LoginThrottle(5, 20, 10, Duration.ofMinutes(5), Duration.ofMinutes(15),
			clock, 1_000);

	@Test
	void fiveFailuresFromOneAddressBlockThatAddressForThatAccountOnly() {
		failures("admin", "203.0.113.7", 5);

		assertThat(throttle.waitFor("admin", "203.0.113.7").mustWait()).isTrue();
		assertThat(throttle.waitFor("admin", "203.0.113.7").duration()).isEqualTo(Duration.ofMinutes(15));
		assertThat(throttle.waitFor("admin", "192.0.2.10").mustWait()).as("the owner at their own desk").isFalse();
		assertThat(throttle.waitFor("reception", "203.0.113.7").mustWait()).isFalse();

		clock.advance(Duration.ofMinutes(15));
		assertThat(throttle.waitFor("admin", "203.0.113.7").mustWait()).isFalse();
	}

	@Test
	void manyAccountsTriedFromOneAddressBlockTheAddress() {
		for (int i = 0; i < 20; i++) {
			throttle.failed("user" + i, "203.0.113.7");
		}

		assertThat(throttle.waitFor("someone-else", "203.0.113.7").mustWait()).isTrue();
		assertThat(throttle.waitFor("someone-else", "192.0.2.10").mustWait()).isFalse();
	}

	@Test
	void namesNoAccountCanHaveCountAgainstTheAddress() {
		for (int i = 0; i < 20; i++) {
			throttle.failedFrom("203.0.113.7");
		}

		assertThat(throttle.waitFor("admin", "203.0.113.7").mustWait()).isTrue();
	}

	@Test
	void guessesFromManyAddressesSlowTheAccountDownWithoutLockingTheOwnerOut() {
		throttle.succeeded("admin", "192.0.2.10");
		for (int i = 0; i < 10; i++) {
			throttle.failed("admin", "203.0.113." + i);
		}

		LoginThrottle.Wait next = throttle.waitFor("admin", "198.51.100.1");
		assertThat(next.mustWait()).isTrue();
		assertThat(next.slowedDown()).isTrue();
		assertThat(next.duration()).isEqualTo(Duration.ofSeconds(1));
		assertThat(throttle.waitFor("admin", "192.0.2.10").mustWait()).as("an address the owner logged in from")
			.isFalse();

		clock.advance(Duration.ofSeconds(1));
		assertThat(throttle.waitFor("admin", "198.51.100.1").mustWait()).isFalse();
		throttle.failed("admin", "198.51.100.1");
		assertThat(throttle.waitFor("admin", "198.51.100.2").duration()).isEqualTo(Duration.ofSeconds(2));

		for (int i = 0; i < 20; i++) {
			clock.advance(Duration.ofMinutes(5));
			throttle.failed("admin", "198.51.100." + (10 + i));
		}
		assertThat(throttle.waitFor("admin", "198.51.100.99").duration()).as("never longer than the ceiling")
			.isLessThanOrEqualTo(Duration.ofMinutes(5));
	}

	@Test
	void aSuccessfulLoginClearsTheAccountsFailuresFromThatAddress() {
		failures("admin", "203.0.113.7", 4);
		throttle.succeeded("admin", "203.0.113.7");
		failures("admin", "203.0.113.7", 4);

		assertThat(throttle.waitFor("admin", "203.0.113.7").mustWait()).isFalse();
	}

	@Test
	void floodingTheCountersWithNewNamesAndAddressesDoesNotClearTheAccountUnderAttack() {
		failures("admin", "203.0.113.7", 5);

		for (int i = 0; i < 20_000; i++) {
			throttle.failed("flood" + i, "10.0." + (i / 250) + "." + (i % 250));
		}

		assertThat(throttle.waitFor("admin", "203.0.113.7").mustWait()).isTrue();
	}

	private void failures(String account, String address, int count) {
		for (int i = 0; i < count; i++) {
			throttle.failed(account, address);
		}
	}

}
