package no.ks.ledergaloppen.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import java.time.Duration;
import no.ks.ledergaloppen.OwnDatabase;
import no.ks.ledergaloppen.OwnDatabaseTest;
import no.ks.ledergaloppen.innovationcase.ui.CasesView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** With the database gone, pages and the login say so within seconds, and work again when it returns. */
class DatabaseOutageTest extends OwnDatabaseTest {

    private static final Duration PATIENCE = Duration.ofSeconds(5);

    @Autowired
    MockMvc mvc;

    @Test
    void with_the_database_gone_a_reloaded_page_says_the_service_is_temporarily_unavailable_within_five_seconds() {
        login("ola");
        navigate("cases");
        OwnDatabase.stop();

        long start = System.nanoTime();
        reload();
        Duration waited = Duration.ofNanos(System.nanoTime() - start);

        assertThat(waited).isLessThan(PATIENCE);
        assertThat(_get(H1.class, spec -> spec.withId("unavailable-title")).getText())
                .isEqualTo("Tjenesten er midlertidig utilgjengelig");
        Anchor retry = _get(Anchor.class, spec -> spec.withText("Prøv igjen"));
        assertThat(retry.getHref()).isEqualTo("cases");
    }

    @Test
    void when_the_database_returns_the_page_works_again_without_a_restart() {
        login("ola");
        navigate("cases");
        OwnDatabase.stop();
        reload();
        _get(H1.class, spec -> spec.withId("unavailable-title"));

        OwnDatabase.start();
        reload();

        _assertOne(CasesView.class);
    }

    @Test
    void logging_in_while_the_database_is_gone_says_the_service_is_unavailable_not_that_the_password_is_wrong()
            throws Exception {
        OwnDatabase.stop();
        long start = System.nanoTime();

        mvc.perform(formLogin("/login").user("ola").password("galopp-demo"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?unavailable"));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(PATIENCE);
    }
}
