package no.ks.ledergaloppen.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import no.ks.ledergaloppen.ServiceTest;
import no.ks.ledergaloppen.TestLogin;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The login form as the browser posts it. */
@ServiceTest
class LoginTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserService users;
    @Autowired
    TestLogin login;

    @Test
    void demo_user_logs_in_with_the_demo_password() throws Exception {
        mvc.perform(formLogin("/login").user("ola").password("galopp-demo")).andExpect(authenticated());
    }

    @Test
    void wrong_password_and_unknown_user_get_the_same_answer() throws Exception {
        mvc.perform(formLogin("/login").user("ola").password("feil-passord"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user("finnes-ikke").password("feil-passord"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void disabled_user_cannot_log_in_even_with_the_right_password() throws Exception {
        login.as("admin");
        users.setEnabled(users.findByUsername("per").orElseThrow().id(), false);
        login.logout();
        mvc.perform(formLogin("/login").user("per").password("galopp-demo"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
    }
}
