package no.ks.ledergaloppen.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.ks.ledergaloppen.ServiceTest;
import no.ks.ledergaloppen.Statements;
import no.ks.ledergaloppen.TestClock;
import no.ks.ledergaloppen.TestLogin;
import no.ks.ledergaloppen.dashboard.CohortFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The facilitator's list of given assignments and a participant's own list cost the same few statements however
 * many assignments (over two gatherings) and answers there are.
 */
@ServiceTest
class AssignmentListingQueryCountTest {

    @Autowired AssignmentService assignments;
    @Autowired CohortFixture fixture;
    @Autowired TestClock clock;
    @Autowired TestLogin login;
    @Autowired Statements statements;

    /** {@code count} assignments, alternately for the group and for each participant; the first municipality hands in. */
    private CohortFixture.Built withAssignments(String tag, int count) {
        CohortFixture.Built b = fixture.cohort(tag, 3, List.of(clock.today().minusDays(2),
                clock.today().plusDays(30)));
        login.as(b.facilitator());
        for (int i = 0; i < count; i++) {
            long gathering = b.gatherings().get(i % 2).id();
            long id = assignments.create(new AssignmentDraft(gathering, "Oppgave " + i, "Skriv kort.",
                    clock.today().plusDays(20 + i), null, i % 2 == 0 ? AnswerMode.GROUP : AnswerMode.INDIVIDUAL)).id();
            fixture.answer(b, 0, id, true);
            login.as(b.facilitator());
        }
        login.logout();
        return b;
    }

    private long given(CohortFixture.Built b, int count) {
        login.as(b.facilitator());
        var counted = statements.count(() -> assignments.given());
        assertThat(counted.result()).hasSize(count).allSatisfy(a -> assertThat(a.delivered()).isEqualTo(1));
        return counted.statements();
    }

    private long mine(CohortFixture.Built b, int count) {
        login.as(b.participants().getFirst());
        var counted = statements.count(() -> assignments.mine());
        assertThat(counted.result()).hasSize(count).allSatisfy(a -> assertThat(a.status())
                .isEqualTo(AnswerStatus.SUBMITTED));
        return counted.statements();
    }

    @Test
    void eight_given_assignments_are_listed_in_as_many_statements_as_two() {
        CohortFixture.Built small = withAssignments("aq2", 2);
        CohortFixture.Built large = withAssignments("aq8", 8);

        assertThat(given(large, 8)).isEqualTo(given(small, 2));
        assertThat(mine(large, 8)).isEqualTo(mine(small, 2));
    }
}
