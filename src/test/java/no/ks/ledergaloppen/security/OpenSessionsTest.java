package no.ks.ledergaloppen.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.function.LongConsumer;
import no.ks.ledergaloppen.ServiceTest;
import no.ks.ledergaloppen.TestLogin;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.test.web.servlet.MockMvc;

/** Disabling a user, changing their role or resetting their password ends their open sessions at once. */
@ServiceTest
class OpenSessionsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserService users;
    @Autowired
    TestLogin login;
    @Autowired
    SessionRegistry registry;
    @Autowired
    AppUserDetailsService userDetails;

    private MockHttpSession loggedIn(String username) throws Exception {
        var result = mvc.perform(formLogin("/login").user(username).password("galopp-demo"))
                .andExpect(authenticated()).andReturn();
        MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
        mvc.perform(get("/").session(session)).andExpect(authenticated());
        return session;
    }

    private void asAdmin(String username, LongConsumer change) {
        login.as("admin");
        change.accept(users.findByUsername(username).orElseThrow().id());
        login.logout();
    }

    private void nextRequestGoesToLogin(MockHttpSession session) throws Exception {
        mvc.perform(get("/").session(session))
                .andExpect(unauthenticated())
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login"));
    }

    @Test
    void a_disabled_user_is_sent_to_the_login_page_on_their_next_request() throws Exception {
        MockHttpSession per = loggedIn("per");
        MockHttpSession ola = loggedIn("ola");
        asAdmin("per", id -> users.setEnabled(id, false));
        nextRequestGoesToLogin(per);
        mvc.perform(get("/").session(ola)).andExpect(authenticated());
    }

    @Test
    void a_role_change_ends_the_users_open_session() throws Exception {
        MockHttpSession kari = loggedIn("kari");
        asAdmin("kari", id -> users.update(id, new UserDraft("kari", "Kari Nordmann", "kari@demo.ledergaloppen.no",
                Role.PARTICIPANT, Language.NB)));
        nextRequestGoesToLogin(kari);
    }

    @Test
    void a_password_reset_ends_the_users_open_session() throws Exception {
        MockHttpSession ola = loggedIn("ola");
        asAdmin("ola", users::resetPassword);
        nextRequestGoesToLogin(ola);
    }

    @Test
    void an_edit_that_keeps_the_role_leaves_the_session_alone() throws Exception {
        MockHttpSession ola = loggedIn("ola");
        asAdmin("ola", id -> users.update(id, new UserDraft("ola", "Ola H. Haugland", "ola@demo.ledergaloppen.no",
                Role.PARTICIPANT, Language.NB)));
        mvc.perform(get("/").session(ola)).andExpect(authenticated());
    }

    @Test
    void disabling_expires_every_registered_session_of_that_user_and_no_one_elses() {
        AppUserPrincipal per = userDetails.loadUserByUsername("per");
        AppUserPrincipal ola = userDetails.loadUserByUsername("ola");
        registry.registerNewSession("per-laptop", per);
        registry.registerNewSession("per-phone", per);
        registry.registerNewSession("ola-laptop", ola);
        asAdmin("per", id -> users.setEnabled(id, false));
        assertThat(registry.getSessionInformation("per-laptop").isExpired()).isTrue();
        assertThat(registry.getSessionInformation("per-phone").isExpired()).isTrue();
        assertThat(registry.getSessionInformation("ola-laptop").isExpired()).isFalse();
        registry.removeSessionInformation("per-laptop");
        registry.removeSessionInformation("per-phone");
        registry.removeSessionInformation("ola-laptop");
    }
}
