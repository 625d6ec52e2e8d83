package it.mestieri.shared;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Whether this instance runs the demo centre: only when {@code mestieri.demo}
 * (MESTIERI_DEMO) is {@code true}. It is never guessed from the database: a centre that
 * keeps the embedded H2 file in production must not run with the well-known demo
 * accounts.
 */
@Component
public class DemoMode {

	private final boolean enabled;

	DemoMode(Environment environment) {
		this.enabled = "true".equalsIgnoreCase(environment.getProperty("mestieri.demo", "").trim());
	}

	public boolean enabled() {
		return enabled;
	}

}
