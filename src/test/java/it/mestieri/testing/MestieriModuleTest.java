package it.mestieri.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The module of the test's package with the modules it reads (all of them, or only those
 * it calls directly), on the "test" profile with the {@link MutableClock} and the
 * {@link TestDatabase}, without the rest of the application. The search is off: a module
 * test maps only its modules' entities, and the search maps those of every module.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ApplicationModuleTest
@ActiveProfiles("test")
@TestPropertySource(properties = "spring.jpa.properties.hibernate.search.enabled=false")
@Import({ TestClockConfiguration.class, TestSupportConfiguration.class })
public @interface MestieriModuleTest {

	@AliasFor(annotation = ApplicationModuleTest.class, attribute = "mode")
	BootstrapMode value() default BootstrapMode.ALL_DEPENDENCIES;

}
