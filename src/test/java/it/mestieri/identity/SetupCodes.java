package it.mestieri.identity;

import org.springframework.context.ApplicationContext;

/**
 * For tests outside this package: the one-time setup code that the log shows at start.
 */
public final class SetupCodes {

	private SetupCodes() {
	}

	public static String of(ApplicationContext context) {
		return context.getBean(FirstAdministrator.class).setupCode().orElseThrow();
	}

}
