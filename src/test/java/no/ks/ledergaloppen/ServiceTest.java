package no.ks.ledergaloppen;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import no.ks.ledergaloppen.dashboard.CohortFixture;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

/**
 * A test against the real application on an in-memory H2 database migrated by Flyway, with the demo
 * data loaded; each test runs in a transaction that is rolled back afterwards, and may stop the
 * {@link TestClock} at a moment of its own. One shared
 * configuration (MockMvc included), so that all such tests share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@Transactional
@Import({TestLogin.class, TestCases.class, TestClock.Config.class, CohortFixture.class, Statements.class})
@ExtendWith(TestClock.Reset.class)
@AutoConfigureMockMvc
public @interface ServiceTest {
}
