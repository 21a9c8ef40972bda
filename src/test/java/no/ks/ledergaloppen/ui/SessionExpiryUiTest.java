package no.ks.ledergaloppen.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import java.util.Locale;
import no.ks.ledergaloppen.KaribuTest;
import org.junit.jupiter.api.Test;

/** Vaadin's heartbeat does not keep an idle session open, and an expired session says so in plain words. */
class SessionExpiryUiTest extends KaribuTest {

    private static SystemMessages messages(Locale locale) {
        return VaadinService.getCurrent().getSystemMessages(locale, VaadinRequest.getCurrent());
    }

    @Test
    void the_heartbeat_does_not_keep_an_idle_session_alive() {
        assertThat(VaadinService.getCurrent().getDeploymentConfiguration().isCloseIdleSessions()).isTrue();
    }

    @Test
    void an_expired_session_is_announced_in_the_users_language_and_leads_to_the_login_page() {
        SystemMessages bokmal = messages(Locale.of("nb", "NO"));
        assertThat(bokmal.isSessionExpiredNotificationEnabled()).isTrue();
        assertThat(bokmal.getSessionExpiredCaption()).isEqualTo("Du er logget ut");
        assertThat(bokmal.getSessionExpiredMessage()).contains("Klikk her for å logge inn igjen");
        assertThat(messages(Locale.of("nn", "NO")).getSessionExpiredCaption()).isEqualTo("Du er logga ut");
        assertThat(messages(Locale.ENGLISH).getSessionExpiredCaption()).isEqualTo("You have been logged out");
    }
}
