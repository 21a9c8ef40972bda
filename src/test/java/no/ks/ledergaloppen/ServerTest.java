package no.ks.ledergaloppen;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import no.ks.ledergaloppen.dashboard.CohortFixture;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test against the application running in its real web server (Tomcat on a random port), on an
 * in-memory database of its own without the demo data. Nothing is rolled back: what a test builds
 * (through {@link CohortFixture}, with names of its own) is committed, as it is for real users; this is
 * for what only a running server shows (cookies, headers as sent) and for work in parallel transactions.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:ledergaloppen-server;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
@Import({TestLogin.class, TestClock.Config.class, CohortFixture.class})
@ExtendWith(TestClock.Reset.class)
public @interface ServerTest {
}
