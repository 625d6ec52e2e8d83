package it.mestieri.testing;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs browser tests only when Debian's Chromium is installed. Without it they are
 * skipped, saying how to install it; in CI ({@code CI=true}) a missing browser is a
 * failure instead, so that the browser tests cannot silently stop running there.
 */
class ChromiumCondition implements ExecutionCondition {

	private static final AtomicBoolean announced = new AtomicBoolean();

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (Chromium.installed()) {
			return ConditionEvaluationResult.enabled("Browser tests run with " + Chromium.EXECUTABLE);
		}
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			throw new ExtensionConfigurationException("CI=true but " + Chromium.EXECUTABLE
					+ " is missing: in CI the browser tests must run; " + Chromium.HOW_TO_INSTALL);
		}
		String reason = "Browser tests skipped: " + Chromium.HOW_TO_INSTALL;
		if (announced.compareAndSet(false, true)) {
			// Surefire keeps test output in files and counts skipped tests only: say it
			// on the console.
			new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8)
				.println("[WARNING] " + reason);
		}
		return ConditionEvaluationResult.disabled(reason);
	}

}
