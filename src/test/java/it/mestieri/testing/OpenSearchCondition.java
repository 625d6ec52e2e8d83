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
 * Runs the OpenSearch tests when the in-process node starts. When it cannot start they
 * are skipped, saying why; in CI ({@code CI=true}) that is a failure instead, as for
 * PostgreSQL.
 */
class OpenSearchCondition implements ExecutionCondition {

	private static final AtomicBoolean announced = new AtomicBoolean();

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		try {
			return ConditionEvaluationResult.enabled("OpenSearch tests run against " + LocalOpenSearch.uri());
		}
		catch (IllegalStateException ex) {
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				throw new ExtensionConfigurationException("CI=true but " + ex.getMessage(), ex);
			}
			String reason = "OpenSearch tests skipped: " + ex.getMessage();
			if (announced.compareAndSet(false, true)) {
				new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8)
					.println("[WARNING] " + reason);
			}
			return ConditionEvaluationResult.disabled(reason);
		}
	}

}
