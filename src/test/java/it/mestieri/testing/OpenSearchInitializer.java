package it.mestieri.testing;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points the "elasticsearch" profile at the test node, as an installation sets
 * MESTIERI_SEARCH_URIS.
 */
class OpenSearchInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		TestPropertyValues.of("MESTIERI_SEARCH_URIS=" + LocalOpenSearch.uri()).applyTo(context);
	}

}
