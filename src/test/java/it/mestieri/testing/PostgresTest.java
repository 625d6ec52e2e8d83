package it.mestieri.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a {@link MestieriIntegrationTest} against PostgreSQL instead of H2: enabled by
 * {@code MESTIERI_TEST_POSTGRES_URL}, skipped with a message without it, a failure in CI
 * without it. See {@link PostgresSettings}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Tag("postgres")
@ExtendWith(PostgresCondition.class)
@ContextConfiguration(initializers = PostgresInitializer.class)
public @interface PostgresTest {

}
