package no.ks.ledergaloppen.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeHttpSession;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedHttpSession;
import no.ks.ledergaloppen.KaribuTest;
import no.ks.ledergaloppen.security.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** The Vaadin session of a user who is disabled is closed at once, not at their next login. */
class OpenSessionUiTest extends KaribuTest {

    @Autowired
    UserService users;

    private static FakeHttpSession httpSession() {
        return (FakeHttpSession) ((WrappedHttpSession) VaadinSession.getCurrent().getSession()).getHttpSession();
    }

    /** Logs the user in as a form login does: the security context kept in the HTTP session. */
    private void loginWithSession(String username) {
        login(username);
        httpSession().setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                SecurityContextHolder.getContext());
    }

    /** The administrator disables someone from a session of their own (this thread holds no Vaadin session). */
    private void adminDisables(String username) {
        VaadinSession own = VaadinSession.getCurrent();
        VaadinSession.setCurrent(null);
        try {
            testLogin.asAdminMeanwhile(() -> users.setEnabled(users.findByUsername(username).orElseThrow().id(), false));
        } finally {
            VaadinSession.setCurrent(own);
        }
    }

    @Test
    void disabling_a_logged_in_user_closes_their_vaadin_session() {
        loginWithSession("per");
        navigate("");
        adminDisables("per");
        assertThat(httpSession().isValid()).isFalse();
    }

    @Test
    void disabling_someone_else_leaves_the_session_open() {
        loginWithSession("ola");
        adminDisables("per");
        assertThat(httpSession().isValid()).isTrue();
    }
}
