package no.ks.ledergaloppen.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.ks.ledergaloppen.ServiceTest;
import no.ks.ledergaloppen.Statements;
import no.ks.ledergaloppen.TestClock;
import no.ks.ledergaloppen.TestLogin;
import no.ks.ledergaloppen.dashboard.CohortFixture;
import no.ks.ledergaloppen.security.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** The cohorts list, a cohort's page and a participant's seats cost the same few statements however many rows they hold. */
@ServiceTest
class CohortQueryCountTest {

    @Autowired CohortService cohorts;
    @Autowired LeaderGroupService leaderGroups;
    @Autowired UserService users;
    @Autowired CohortFixture fixture;
    @Autowired TestClock clock;
    @Autowired TestLogin login;
    @Autowired Statements statements;

    private long detailsOf(CohortFixture.Built b) {
        login.as(b.facilitator());
        var counted = statements.count(() -> cohorts.details(b.cohortId()));
        assertThat(counted.result().municipalities()).hasSize(b.municipalityIds().size())
                .allSatisfy(m -> assertThat(m.leaderGroup()).hasSize(1));
        return counted.statements();
    }

    @Test
    void a_cohort_of_twelve_municipalities_is_read_in_as_many_statements_as_one_of_three() {
        CohortFixture.Built small = fixture.cohort("cd3", 3, List.of(clock.today().plusDays(20)));
        CohortFixture.Built large = fixture.cohort("cd12", 12, List.of(clock.today().plusDays(20)));

        long forSmall = detailsOf(small);
        long forLarge = detailsOf(large);

        assertThat(forLarge).isEqualTo(forSmall);
        assertThat(forSmall).isLessThanOrEqualTo(8);
    }

    @Test
    void a_participant_seated_in_three_cohorts_reads_their_seats_in_as_many_statements_as_one_seated_in_one() {
        CohortFixture.Built first = fixture.cohort("ms1", 2, List.of());
        CohortFixture.Built second = fixture.cohort("ms2", 2, List.of());
        CohortFixture.Built third = fixture.cohort("ms3", 2, List.of());
        login.as("admin");
        long busy = users.findByUsername(first.participants().getFirst()).orElseThrow().id();
        leaderGroups.addMember(second.cohortId(), second.municipalityIds().getFirst(), busy, "Rådmann");
        leaderGroups.addMember(third.cohortId(), third.municipalityIds().getFirst(), busy, "Rådmann");

        long forOne = seatsOf(first.participants().get(1), 1);
        long forThree = seatsOf(first.participants().getFirst(), 3);

        assertThat(forThree).isEqualTo(forOne);
    }

    @Test
    void a_page_of_twelve_cohorts_with_their_sizes_is_read_in_as_many_statements_as_a_page_of_two() {
        for (int i = 0; i < 10; i++) {
            fixture.cohort("pg" + i, 1 + i % 3, List.of());
        }
        login.as("admin");

        var two = statements.count(() -> cohorts.page(false, PageRequest.of(0, 2)));
        var twelve = statements.count(() -> cohorts.page(false, PageRequest.of(0, 12)));

        assertThat(two.result().getContent()).hasSize(2);
        assertThat(twelve.result().getContent()).hasSize(12)
                .filteredOn(c -> c.name().startsWith("Kull pg")).isNotEmpty()
                .allSatisfy(c -> assertThat(c.municipalityCount()).isBetween(1L, 3L));
        assertThat(twelve.statements()).isEqualTo(two.statements());
    }

    private long seatsOf(String username, int seats) {
        login.as(username);
        var counted = statements.count(() -> leaderGroups.myMemberships());
        assertThat(counted.result()).hasSize(seats);
        return counted.statements();
    }
}
