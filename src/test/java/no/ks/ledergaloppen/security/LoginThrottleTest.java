package no.ks.ledergaloppen.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Duration;
import java.time.Instant;
import no.ks.ledergaloppen.ServiceTest;
import no.ks.ledergaloppen.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Guessing passwords is slowed down: five failures in fifteen minutes lock an account for a while, fifty
 * lock a client address, and every failure leaves a trace in the log and as Spring Security's event.
 */
@ServiceTest
@RecordApplicationEvents
@ExtendWith(OutputCaptureExtension.class)
class LoginThrottleTest {

    private static final String HOME = "10.0.0.1";
    private static final String ELSEWHERE = "10.0.0.2";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestClock clock;
    @Autowired
    LoginThrottle throttle;
    @Autowired
    ApplicationEvents events;

    @BeforeEach
    void stopTheClock() {
        clock.stopAt(Instant.parse("2026-11-23T08:00:00Z"));
    }

    private ResultActions login(String username, String password, String address) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                }));
    }

    private void fail(String username, int times) throws Exception {
        for (int i = 0; i < times; i++) {
            login(username, "feil-passord-" + i, HOME).andExpect(unauthenticated())
                    .andExpect(redirectedUrl("/login?error"));
        }
    }

    private static Object lastError(ResultActions result) {
        return result.andReturn().getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    @Test
    void after_five_wrong_passwords_even_the_right_one_is_refused_with_the_time_to_wait() throws Exception {
        fail("ola", 5);
        ResultActions sixth = login("ola", "galopp-demo", HOME).andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
        assertThat(lastError(sixth)).isInstanceOfSatisfying(TooManyAttemptsException.class,
                e -> assertThat(e.minutes()).isEqualTo(15));
    }

    @Test
    void the_lock_lifts_by_itself_after_fifteen_minutes() throws Exception {
        fail("ola", 5);
        clock.advance(Duration.ofMinutes(14));
        assertThat(lastError(login("ola", "galopp-demo", HOME).andExpect(unauthenticated())))
                .isInstanceOfSatisfying(TooManyAttemptsException.class, e -> assertThat(e.minutes()).isEqualTo(1));
        clock.advance(Duration.ofMinutes(1));
        login("ola", "galopp-demo", HOME).andExpect(authenticated());
    }

    @Test
    void an_unknown_username_gets_the_same_treatment() throws Exception {
        fail("finnes-ikke", 5);
        assertThat(lastError(login("finnes-ikke", "galopp-demo", HOME).andExpect(unauthenticated())))
                .isInstanceOfSatisfying(TooManyAttemptsException.class, e -> assertThat(e.minutes()).isEqualTo(15));
    }

    @Test
    void other_accounts_from_the_same_address_are_unaffected() throws Exception {
        fail("ola", 5);
        login("ingrid", "galopp-demo", HOME).andExpect(authenticated());
    }

    @Test
    void a_successful_login_clears_the_earlier_failures() throws Exception {
        fail("ola", 4);
        login("ola", "galopp-demo", HOME).andExpect(authenticated());
        fail("ola", 4);
        login("ola", "galopp-demo", HOME).andExpect(authenticated());
    }

    @Test
    void fifty_failures_from_one_address_lock_that_address_and_no_other() throws Exception {
        for (int i = 0; i < 50; i++) {
            throttle.failed("gjett-" + i, "10.9.9.9");
        }
        assertThat(lastError(login("ingrid", "galopp-demo", "10.9.9.9").andExpect(unauthenticated())))
                .isInstanceOf(TooManyAttemptsException.class);
        login("ingrid", "galopp-demo", ELSEWHERE).andExpect(authenticated());
    }

    @Test
    void failures_are_logged_with_username_and_address_but_never_the_password(CapturedOutput output) throws Exception {
        login("ola", "hemmelig-feil-passord", "10.1.2.3").andExpect(unauthenticated());
        assertThat(output.getAll().lines().filter(line -> line.contains("10.1.2.3")))
                .anySatisfy(line -> assertThat(line).contains("'ola'"));
        assertThat(output.getAll()).doesNotContain("hemmelig-feil-passord");
    }

    @Test
    void failures_and_refusals_are_published_as_spring_securitys_events() throws Exception {
        fail("ola", 5);
        login("ola", "galopp-demo", HOME);
        assertThat(events.stream(AuthenticationFailureBadCredentialsEvent.class)).hasSize(5);
        assertThat(events.stream(AuthenticationFailureLockedEvent.class)).singleElement()
                .satisfies(e -> assertThat(e.getAuthentication().getName()).isEqualTo("ola"));
    }
}
