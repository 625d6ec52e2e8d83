package it.mestieri.testing;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Helpers the integration tests get injected. */
@TestConfiguration(proxyBeanMethods = false)
public class TestSupportConfiguration {

	@Bean
	TestDatabase testDatabase(JdbcClient jdbc) {
		return new TestDatabase(jdbc);
	}

}
