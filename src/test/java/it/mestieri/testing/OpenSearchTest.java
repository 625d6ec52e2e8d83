package it.mestieri.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * A {@link MestieriIntegrationTest} with the search index on a real OpenSearch node
 * ({@link LocalOpenSearch}) through the "elasticsearch" profile, as an installation
 * switches: skipped with a message when the node cannot start, a failure in CI. On a
 * subclass of an H2 test it runs the same tests on OpenSearch (its profiles take
 * precedence over the inherited ones).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@MestieriIntegrationTest
@Tag("opensearch")
@ExtendWith(OpenSearchCondition.class)
@ActiveProfiles({ "test", "elasticsearch" })
@ContextConfiguration(initializers = OpenSearchInitializer.class)
public @interface OpenSearchTest {

}
