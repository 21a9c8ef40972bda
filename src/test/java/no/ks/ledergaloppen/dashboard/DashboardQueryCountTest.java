package no.ks.ledergaloppen.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.LocalTime;
import no.ks.ledergaloppen.ServiceTest;
import no.ks.ledergaloppen.TestClock;
import no.ks.ledergaloppen.TestLogin;
import no.ks.ledergaloppen.cohort.CohortAccess;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The dashboard reads a cohort in a fixed number of SQL statements: a cohort of 50 busy municipalities
 * costs exactly as many as one of 5.
 */
@ServiceTest
class DashboardQueryCountTest {

    @Autowired DashboardService dashboards;
    @Autowired CohortFixture fixture;
    @Autowired TestClock clock;
    @Autowired TestLogin login;
    @Autowired EntityManager entityManager;
    @Autowired CohortAccess cohortAccess;

    /** Statements prepared while the facilitator opens the dashboard, with nothing cached from the set-up. */
    private long statementsFor(CohortFixture.Built cohort) {
        entityManager.flush();
        entityManager.clear();
        cohortAccess.forgetManagedCohorts();
        login.as(cohort.facilitator());
        Statistics stats = entityManager.getEntityManagerFactory().unwrap(SessionFactory.class).getStatistics();
        stats.setStatisticsEnabled(true);
        stats.clear();
        CohortDashboard d = dashboards.dashboard(cohort.cohortId());
        long count = stats.getPrepareStatementCount();
        stats.setStatisticsEnabled(false);
        assertThat(d.rows()).hasSize(cohort.municipalityIds().size());
        assertThat(d.rows()).allSatisfy(r -> {
            assertThat(r.assignments().given()).isEqualTo(20);
            assertThat(r.assignments().handedIn()).isEqualTo(10);
            assertThat(r.latest()).isNotNull();
        });
        return count;
    }

    @Test
    void the_dashboard_of_50_municipalities_takes_as_many_statements_as_that_of_5_and_at_most_10() {
        clock.stopAt(LocalDate.of(2027, 2, 1), LocalTime.of(8, 0));
        CohortFixture.Built small = fixture.busy("q5", 5, 30, 6, 5);
        CohortFixture.Built large = fixture.busy("q50", 50, 30, 6, 5);

        long forSmall = statementsFor(small);
        long forLarge = statementsFor(large);

        assertThat(forLarge).isEqualTo(forSmall);
        assertThat(forSmall).isLessThanOrEqualTo(10);
    }
}
