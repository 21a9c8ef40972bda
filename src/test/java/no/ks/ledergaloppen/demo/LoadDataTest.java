package no.ks.ledergaloppen.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import no.ks.ledergaloppen.TestClock;
import no.ks.ledergaloppen.TestLogin;
import no.ks.ledergaloppen.innovationcase.CaseService;
import no.ks.ledergaloppen.innovationcase.CaseSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Pageable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.test.context.ActiveProfiles;

/** The load harness's data set, two cohorts of it: everyone and everything the contract promises, and no more. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:loaddata;DB_CLOSE_DELAY=-1",
        "ledergaloppen.loaddata.cohorts=2"})
@ActiveProfiles({"test", "loaddata"})
@Import({TestLogin.class, TestClock.Config.class})
class LoadDataTest {

    @Autowired LoadData loadData;
    @Autowired AuthenticationProvider authentication;
    @Autowired TestLogin login;
    @Autowired CaseService cases;

    @AfterEach
    void logout() {
        login.logout();
    }

    @Test
    void two_cohorts_hold_eight_municipalities_with_five_participants_each_and_their_cases_and_answers() {
        assertThat(loadData.counts()).contains(
                entry("app_user", 1 + 2 + 2 * 8 * 5),
                entry("cohort", 2),
                entry("municipality", 16),
                entry("leader_group_member", 80),
                entry("innovation_case", 16),
                entry("gathering", 4),
                entry("assignment", 4),
                entry("answer", 2 * (6 + 16)),
                entry("benefit_indicator", 5),
                entry("benefit_measurement", 5 * 12));
        assertThat(loadData.counts().get("case_step_tick")).isGreaterThan(16);
    }

    @Test
    void a_generated_participant_logs_in_with_the_shared_password_and_no_forced_change() {
        Authentication done = authentication.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("p-2-8-5", LoadData.PASSWORD));

        assertThat(done.isAuthenticated()).isTrue();
        assertThat(done.getName()).isEqualTo("p-2-8-5");
    }

    @Test
    void a_generated_participant_sees_their_own_municipalitys_case_only() {
        login.as("p-2-8-5");

        assertThat(cases.page(Pageable.ofSize(50)).getContent()).singleElement().satisfies((CaseSummary c) -> {
            assertThat(c.municipalityName()).isEqualTo("Lastkommune 2-8");
            assertThat(c.cohortName()).isEqualTo("Lastkull 2");
            assertThat(c.own()).isTrue();
        });
    }

    @Test
    void the_facilitator_and_the_administrator_log_in_with_the_same_password() {
        for (String username : new String[] {"f-1", "admin"}) {
            assertThat(authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username,
                    LoadData.PASSWORD)).isAuthenticated()).isTrue();
        }
    }
}
