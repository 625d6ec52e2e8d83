package it.mestieri.shared;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Whether this instance runs the demo centre. {@code mestieri.demo} (MESTIERI_DEMO) decides
 * when set; otherwise demo mode is on for the embedded H2 database and off for any other.
 */
@Component
public class DemoMode {

	private final boolean enabled;

	DemoMode(Environment environment) {
		String explicit = environment.getProperty("mestieri.demo", "");
		if (!explicit.isBlank()) {
			this.enabled = Boolean.parseBoolean(explicit.trim());
		}
		else {
			String url = environment.getProperty("spring.datasource.url", "");
			this.enabled = url.isBlank() || url.startsWith("jdbc:h2:");
		}
	}

	public boolean enabled() {
		return enabled;
	}
}
