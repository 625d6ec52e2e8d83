package it.mestieri.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs PostgreSQL tests only when a server is configured. Without one they are skipped,
 * saying how to enable them; in CI ({@code CI=true}) a missing server is a failure instead,
 * so that the PostgreSQL tests cannot silently stop running there.
 */
class PostgresCondition implements ExecutionCondition {

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
		return ConditionEvaluationResult.disabled("PostgreSQL tests skipped: " + PostgresSettings.HOW_TO_ENABLE);
	}
}
