package no.ks.ledergaloppen.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import no.ks.ledergaloppen.ServiceTest;
import no.ks.ledergaloppen.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Sessions: a new id at login, closed after 30 idle minutes, and never longer than 12 hours after login. */
@ServiceTest
class SessionLifetimeTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestClock clock;
    @Autowired
    ServerProperties server;

    private MockHttpSession loggedIn(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password("galopp-demo"))
                .andExpect(authenticated()).andReturn().getRequest().getSession(false);
    }

    /**
     * Vaadin's heartbeat, as an open tab sends it every five minutes. MockMvc has no Vaadin servlet to hand
     * it on to, so the request fails after the security filters have seen it; that is all we need here.
     */
    private void heartbeat(MockHttpSession session) {
        try {
            mvc.perform(post("/").queryParam("v-r", "heartbeat").queryParam("v-uiId", "0").with(csrf())
                    .session(session));
        } catch (Exception noVaadinServletInMockMvc) {
            assertThat(noVaadinServletInMockMvc).hasMessageContaining("springServlet");
        }
    }

    @Test
    void the_session_gets_a_new_id_at_login() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();
        mvc.perform(post("/login").param("username", "ola").param("password", "galopp-demo").with(csrf())
                        .session(session).with(request -> {
                            // the browser sends the session's cookie
                            request.setRequestedSessionId(before);
                            request.setRequestedSessionIdValid(true);
                            return request;
                        }))
                .andExpect(authenticated())
                .andExpect(r -> assertThat(r.getRequest().getSession(false).getId()).isNotEqualTo(before));
    }

    @Test
    void a_session_ends_twelve_hours_after_login_however_busy_its_user_is() throws Exception {
        clock.stopAt(Instant.parse("2026-11-23T07:00:00Z"));
        MockHttpSession session = loggedIn("ola");
        mvc.perform(get("/").session(session)).andExpect(authenticated());
        for (int minutes = 20; minutes < 12 * 60; minutes += 20) {
            clock.advance(Duration.ofMinutes(20));
            mvc.perform(get("/").session(session)).andExpect(authenticated());
        }
        clock.advance(Duration.ofMinutes(19));
        mvc.perform(get("/").session(session)).andExpect(authenticated());
        clock.advance(Duration.ofMinutes(1));
        mvc.perform(get("/").session(session)).andExpect(unauthenticated())
                .andExpect(r -> assertThat(r.getResponse().getRedirectedUrl()).endsWith("/login"));
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void an_open_tabs_heartbeat_does_not_keep_an_idle_login_alive() throws Exception {
        clock.stopAt(Instant.parse("2026-11-23T07:00:00Z"));
        MockHttpSession session = loggedIn("ola");
        mvc.perform(get("/").session(session)).andExpect(authenticated());
        for (int minutes = 5; minutes < 30; minutes += 5) {
            clock.advance(Duration.ofMinutes(5));
            heartbeat(session);
        }
        clock.advance(Duration.ofMinutes(4));
        mvc.perform(get("/").session(session)).andExpect(authenticated());
        clock.advance(Duration.ofMinutes(29));
        mvc.perform(get("/").session(session)).andExpect(authenticated());
        clock.advance(Duration.ofMinutes(30));
        mvc.perform(get("/").session(session)).andExpect(unauthenticated());
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void an_idle_session_times_out_after_thirty_minutes() {
        assertThat(server.getServlet().getSession().getTimeout()).isEqualTo(Duration.ofMinutes(30));
    }
}
