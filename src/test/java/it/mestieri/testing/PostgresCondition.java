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
 * Runs PostgreSQL tests only when a server is configured. Without one they are skipped,
 * saying how to enable them; in CI ({@code CI=true}) a missing server is a failure
 * instead, so that the PostgreSQL tests cannot silently stop running there.
 */
class PostgresCondition implements ExecutionCondition {

	private static final AtomicBoolean announced = new AtomicBoolean();

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		var settings = PostgresSettings.fromEnvironment();
		if (settings.isPresent()) {
			return ConditionEvaluationResult.enabled("PostgreSQL tests run against " + settings.get().url());
		}
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			throw new ExtensionConfigurationException("CI=true but " + PostgresSettings.URL_VARIABLE
					+ " is not set: in CI the PostgreSQL tests must run; " + PostgresSettings.HOW_TO_ENABLE);
		}
		String reason = "PostgreSQL tests skipped: " + PostgresSettings.HOW_TO_ENABLE;
		announceOnce(reason);
		return ConditionEvaluationResult.disabled(reason);
	}

	/**
	 * Says it once on the build's console: Surefire keeps test output in files and prints
	 * skipped tests only as a count, so the reason goes straight to the process's stderr.
	 */
	private static void announceOnce(String reason) {
		if (announced.compareAndSet(false, true)) {
			PrintStream console = new PrintStream(new FileOutputStream(FileDescriptor.err), true,
					StandardCharsets.UTF_8);
			console.println("[WARNING] " + reason);
		}
	}

}
