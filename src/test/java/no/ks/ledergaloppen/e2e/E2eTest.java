package no.ks.ledergaloppen.e2e;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import no.ks.ledergaloppen.TestCases;
import no.ks.ledergaloppen.TestClock;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The app on a free port with the demo data, on its own in-memory database, as the browser checks see it.
 * Every class with this annotation shares the one running app (Spring's test context cache), so the
 * checks that change data pick their own cases or put things back.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:ledergaloppen-e2e;DB_CLOSE_DELAY=-1",
                // the development tools (and their own unlabelled radio buttons) are not part of the app
                "vaadin.devmode.devTools.enabled=false"})
@ActiveProfiles({"test", "demo"})
@Import({TestCases.class, TestClock.Config.class})
@interface E2eTest {
}
