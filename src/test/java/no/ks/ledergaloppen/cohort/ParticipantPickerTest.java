package no.ks.ledergaloppen.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.ks.ledergaloppen.ServiceTest;
import no.ks.ledergaloppen.TestLogin;
import no.ks.ledergaloppen.dashboard.CohortFixture;
import no.ks.ledergaloppen.security.UserAccount;
import no.ks.ledergaloppen.security.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * The participant picker of "Legg til person" reads a page at a time from the database, by name, filtered by what
 * is typed, and still offers a facilitator only the people they may take in.
 */
@ServiceTest
class ParticipantPickerTest {

    @Autowired CohortFixture fixture;
    @Autowired UserService users;
    @Autowired TestLogin login;

    private static List<String> names(List<UserAccount> page) {
        return page.stream().map(UserAccount::displayName).toList();
    }

    @Test
    void the_picker_pages_through_the_participants_by_name_and_filters_by_name_or_username() {
        fixture.cohort("plukk", 4, List.of());
        login.as("admin");

        assertThat(names(users.participants("plukk", PageRequest.of(0, 3))))
                .containsExactly("Deltaker plukk 1", "Deltaker plukk 2", "Deltaker plukk 3");
        assertThat(names(users.participants("plukk", PageRequest.of(1, 3)))).containsExactly("Deltaker plukk 4");
        assertThat(names(users.participants("DEL-plukk-2", PageRequest.of(0, 10)))).containsExactly("Deltaker plukk 2");
        assertThat(names(users.participants("haugland", PageRequest.of(0, 10)))).containsExactly("Ola Haugland");
    }

    @Test
    void a_facilitator_is_not_offered_people_seated_in_a_cohort_they_do_not_run() {
        CohortFixture.Built own = fixture.cohort("egen", 2, List.of());
        fixture.cohort("andre", 2, List.of());
        login.as(own.facilitator());

        assertThat(names(users.participants("", PageRequest.of(0, 50))))
                .contains("Deltaker egen 1", "Deltaker egen 2")
                .doesNotContain("Deltaker andre 1", "Ola Haugland");
    }
}
