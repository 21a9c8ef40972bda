package no.ks.ledergaloppen.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import no.ks.ledergaloppen.ServiceTest;
import no.ks.ledergaloppen.Statements;
import no.ks.ledergaloppen.TestClock;
import no.ks.ledergaloppen.TestLogin;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The dashboard reads a cohort in a fixed number of SQL statements: a cohort of 50 busy municipalities, some
 * working several cases, costs exactly as many as one of 5.
 */
@ServiceTest
class DashboardQueryCountTest {

    @Autowired DashboardService dashboards;
    @Autowired CohortFixture fixture;
    @Autowired TestClock clock;
    @Autowired TestLogin login;
    @Autowired Statements statements;

    /** Statements prepared while the facilitator opens the dashboard, with nothing cached from the set-up. */
    private long statementsFor(CohortFixture.Built cohort) {
        login.as(cohort.facilitator());
        Statements.Counted<CohortDashboard> counted = statements.count(() -> dashboards.dashboard(cohort.cohortId()));
        CohortDashboard d = counted.result();
        assertThat(d.rows()).hasSize(cohort.municipalityIds().size());
        assertThat(d.rows()).filteredOn(r -> r.moreCases() > 0).hasSize((cohort.municipalityIds().size() + 1) / 2);
        assertThat(d.rows()).allSatisfy(r -> {
            assertThat(r.assignments().given()).isEqualTo(20);
            assertThat(r.assignments().handedIn()).isEqualTo(10);
            assertThat(r.latest()).isNotNull();
        });
        return counted.statements();
    }

    /** Every second municipality opens a second case and every fifth a third, one of them finished. */
    private CohortFixture.Built withMoreCases(CohortFixture.Built cohort) {
        for (int i = 0; i < cohort.municipalityIds().size(); i += 2) {
            fixture.anotherCase(cohort, i, "Sak to");
            if (i % 5 == 0) {
                fixture.finish(cohort, fixture.anotherCase(cohort, i, "Sak tre"));
            }
        }
        return cohort;
    }

    @Test
    void the_dashboard_of_50_municipalities_takes_as_many_statements_as_that_of_5_and_at_most_10() {
        clock.stopAt(LocalDate.of(2027, 2, 1), LocalTime.of(8, 0));
        CohortFixture.Built small = withMoreCases(fixture.busy("q5", 5, 30, 6, 5));
        CohortFixture.Built large = withMoreCases(fixture.busy("q50", 50, 30, 6, 5));

        long forSmall = statementsFor(small);
        long forLarge = statementsFor(large);

        assertThat(forLarge).isEqualTo(forSmall);
        assertThat(forSmall).isLessThanOrEqualTo(10);
    }
}
