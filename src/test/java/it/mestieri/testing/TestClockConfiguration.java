package it.mestieri.testing;

import java.time.Clock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Puts a {@link MutableClock} in the application context: the centre's clock follows it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

	@Bean
	MutableClock testClock() {
		return new MutableClock();
	}

}
