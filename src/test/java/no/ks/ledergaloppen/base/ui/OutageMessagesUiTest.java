package no.ks.ledergaloppen.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import no.ks.ledergaloppen.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.CannotCreateTransactionException;

/** What a user reads when the database is out of reach while they log in or click. */
class OutageMessagesUiTest extends KaribuTest {

    @Test
    void the_login_page_after_an_outage_says_the_service_is_unavailable_and_not_that_the_password_was_wrong() {
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("unavailable", "")));

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(errorTexts(form)).contains("\"title\":\"Tjenesten er midlertidig utilgjengelig\"",
                "\"message\":\"Prøv igjen om litt.\"");
    }

    @Test
    void the_login_page_after_a_wrong_password_still_says_the_username_or_password_was_wrong() {
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "")));

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(errorTexts(form)).contains("\"title\":\"Feil brukernavn eller passord\"")
                .doesNotContain("midlertidig utilgjengelig");
    }

    /** The texts the login form shows on an error, as the browser receives them. */
    private static String errorTexts(LoginForm form) {
        return form.getElement().getPropertyRaw("i18n").toString();
    }

    @Test
    void a_database_failure_during_a_click_tells_the_user_the_service_is_unavailable() {
        login("ola");
        navigate("");

        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(
                new CannotCreateTransactionException("Could not open JPA EntityManager for transaction")));

        expectNotifications("Tjenesten er midlertidig utilgjengelig. Prøv igjen om litt.");
    }
}
