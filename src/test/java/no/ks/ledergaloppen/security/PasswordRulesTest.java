package no.ks.ledergaloppen.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.nio.charset.StandardCharsets;
import java.util.List;
import no.ks.ledergaloppen.ServiceTest;
import no.ks.ledergaloppen.TestLogin;
import no.ks.ledergaloppen.base.DomainException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Passwords: at least 10 characters, at most bcrypt's 72 bytes (æ, ø and å take two), and not a common
 * one; for one's own password, for passwords an administrator sets, and for the app's one-time passwords.
 */
@ServiceTest
class PasswordRulesTest {

    private static final List<String> COMMON = List.of("passord123", "sommer2026", "ledergaloppen2026",
            "qwerty12345", "Ledergaloppen", "Vinter2025!", "januar2027", "Passord1234", "P@ssw0rd2026",
            "høsten2024", "1234567890", "aaaaaaaaaaaa", "velkommen123", "ababababab12");

    @Autowired
    UserService users;
    @Autowired
    TestLogin login;
    @Autowired
    AppUserDetailsService userDetails;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    MockMvc mvc;
    @Autowired
    PasswordPolicy policy;

    private boolean olaHasPassword(String password) {
        return encoder.matches(password, userDetails.loadUserByUsername("ola").getPassword());
    }

    private static void refusedWith(Runnable change, String field, String messageKey) {
        assertThatThrownBy(change::run).isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("field", field)
                .hasFieldOrPropertyWithValue("messageKey", messageKey);
    }

    @Test
    void a_password_of_sixty_four_characters_is_accepted() {
        login.as("ola");
        String long64 = "Det var en gang en leder som likte lange passord med mange ord!!";
        assertThat(long64).hasSize(64);
        users.changeOwnPassword("galopp-demo", long64, long64);
        assertThat(olaHasPassword(long64)).isTrue();
    }

    @Test
    void a_password_over_seventy_two_bytes_gets_a_clear_message_and_nothing_changes() {
        login.as("ola");
        String fits = "Blåbær og rødgrøt på søndag, fløte til, før vi går på tur i å";
        String tooLong = "blåbærsyltetøy på skiturens første dag, åtte år før mørketida kom.";
        assertThat(fits.getBytes(StandardCharsets.UTF_8)).hasSize(72);
        assertThat(tooLong.length()).isLessThan(72);
        assertThat(tooLong.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(72);
        refusedWith(() -> users.changeOwnPassword("galopp-demo", tooLong, tooLong), "newPassword",
                "password.error.tooLong");
        assertThat(olaHasPassword("galopp-demo")).isTrue();
        users.changeOwnPassword("galopp-demo", fits, fits);
        assertThat(olaHasPassword(fits)).isTrue();
    }

    @Test
    void common_passwords_are_refused_with_a_clear_message_and_nothing_changes() {
        login.as("ola");
        for (String common : COMMON) {
            refusedWith(() -> users.changeOwnPassword("galopp-demo", common, common), "newPassword",
                    "password.error.common");
        }
        assertThat(olaHasPassword("galopp-demo")).isTrue();
    }

    @Test
    void an_administrator_cannot_set_a_common_or_overlong_password_either() {
        login.as("admin");
        UserDraft draft = new UserDraft("nina", "Nina Ny", "nina@example.no", Role.PARTICIPANT, Language.NB);
        refusedWith(() -> users.createWithPassword(draft, "sommer2026"), "password", "password.error.common");
        refusedWith(() -> users.createWithPassword(draft, "ø".repeat(37)), "password", "password.error.tooLong");
        assertThat(users.findByUsername("nina")).isEmpty();
    }

    @Test
    void the_apps_own_one_time_passwords_always_pass() {
        for (int i = 0; i < 5000; i++) {
            policy.check("password", PasswordPolicy.randomPassword());
        }
        login.as("admin");
        CreatedUser created = users.create(new UserDraft("nina", "Nina Ny", "nina@example.no", Role.PARTICIPANT,
                Language.NB));
        policy.check("password", created.oneTimePassword());
        String reset = users.resetPassword(created.account().id());
        policy.check("password", reset);
        login.as("nina");
        users.changeOwnPassword(reset, "Nina sitt eget passord", "Nina sitt eget passord");
    }

    @Test
    void an_overlong_password_at_login_is_just_a_failed_login() throws Exception {
        mvc.perform(formLogin("/login").user("ola").password("å".repeat(100)))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
    }
}
