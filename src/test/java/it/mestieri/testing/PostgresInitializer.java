package it.mestieri.testing;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points the application at the PostgreSQL test schema, freshly created for this JVM. */
class PostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		PostgresSettings settings = PostgresSettings.fromEnvironment()
			.orElseThrow(
					() -> new IllegalStateException("No PostgreSQL configured: " + PostgresSettings.HOW_TO_ENABLE));
		settings.freshSchemaOncePerJvm();
		TestPropertyValues
			.of("spring.datasource.url=" + settings.applicationUrl(), "spring.datasource.username=" + settings.user(),
					"spring.datasource.password=" + settings.password(),
					"spring.flyway.schemas=" + PostgresSettings.SCHEMA,
					"spring.flyway.default-schema=" + PostgresSettings.SCHEMA, "mestieri.demo=true")
			.applyTo(context);
	}

}
