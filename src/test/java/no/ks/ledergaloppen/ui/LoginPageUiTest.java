package no.ks.ledergaloppen.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import no.ks.ledergaloppen.KaribuTest;
import no.ks.ledergaloppen.security.TooManyAttemptsException;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.WebAttributes;

/** What the login page says after a refused login (Spring Security keeps the reason in the session). */
class LoginPageUiTest extends KaribuTest {

    private static String shownError(Exception lastFailure) {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, lastFailure);
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        return form.getElement().getPropertyRaw("i18n").toString();
    }

    @Test
    void a_wrong_password_says_only_that_username_or_password_was_wrong() {
        assertThat(shownError(new BadCredentialsException("Bad credentials")))
                .contains("Feil brukernavn eller passord").doesNotContain("For mange forsøk");
    }

    @Test
    void the_sixth_attempt_says_too_many_attempts_and_how_long_to_wait() {
        assertThat(shownError(new TooManyAttemptsException(15)))
                .contains("For mange forsøk").contains("Prøv igjen om 15 minutter.");
    }

    @Test
    void one_minute_left_is_said_in_the_singular() {
        assertThat(shownError(new TooManyAttemptsException(1))).contains("Prøv igjen om 1 minutt.");
    }

    @Test
    void the_message_is_translated() {
        UI.getCurrent().setLocale(Locale.of("nn", "NO"));
        assertThat(shownError(new TooManyAttemptsException(3))).contains("Prøv igjen om 3 minutt.");
    }

    @Test
    void the_message_is_in_english_for_english_visitors() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        assertThat(shownError(new TooManyAttemptsException(2))).contains("Too many attempts")
                .contains("Try again in 2 minutes.");
    }
}
