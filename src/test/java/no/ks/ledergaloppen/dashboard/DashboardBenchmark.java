package no.ks.ledergaloppen.dashboard;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import no.ks.ledergaloppen.ServiceTest;
import no.ks.ledergaloppen.TestClock;
import no.ks.ledergaloppen.TestLogin;
import no.ks.ledergaloppen.cohort.CohortAccess;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * How long the cohort dashboard takes to build, and in how many statements, for 50 and 200 busy
 * municipalities (30 moves, 6 assessments and 20 assignments each). Not a test: it prints its figures.
 * Run with {@code ./mvnw -Pbench test}; a plain {@code verify} leaves it out.
 */
@Tag("benchmark")
@ServiceTest
class DashboardBenchmark {

    private static final int WARM_UP = 5;
    private static final int RUNS = 20;

    @Autowired DashboardService dashboards;
    @Autowired CohortFixture fixture;
    @Autowired TestClock clock;
    @Autowired TestLogin login;
    @Autowired EntityManager entityManager;
    @Autowired CohortAccess cohortAccess;

    @Test
    void dashboard_build_time_and_statements_for_50_and_200_municipalities() {
        clock.stopAt(LocalDate.of(2027, 2, 1), LocalTime.of(8, 0));
        for (int size : new int[] {50, 200}) {
            long started = System.nanoTime();
            CohortFixture.Built cohort = fixture.busy("bench" + size, size, 30, 6, 5);
            long fixtureMs = (System.nanoTime() - started) / 1_000_000;
            entityManager.flush();
            entityManager.clear();
            login.as(cohort.facilitator());
            Statistics stats = entityManager.getEntityManagerFactory().unwrap(SessionFactory.class).getStatistics();
            stats.setStatisticsEnabled(true);
            List<Long> micros = new ArrayList<>();
            long statements = 0;
            for (int run = 0; run < WARM_UP + RUNS; run++) {
                entityManager.clear();
                cohortAccess.forgetManagedCohorts();
                stats.clear();
                long t = System.nanoTime();
                CohortDashboard d = dashboards.dashboard(cohort.cohortId());
                long took = (System.nanoTime() - t) / 1000;
                if (d.rows().size() != size) {
                    throw new IllegalStateException("expected " + size + " rows, got " + d.rows().size());
                }
                if (run >= WARM_UP) {
                    micros.add(took);
                    statements = stats.getPrepareStatementCount();
                }
            }
            stats.setStatisticsEnabled(false);
            micros.sort(Long::compare);
            System.out.printf("bench dashboard municipalities=%d statements=%d median_ms=%.1f p90_ms=%.1f max_ms=%.1f"
                            + " fixture_s=%.1f%n", size, statements, micros.get(RUNS / 2) / 1000.0,
                    micros.get(RUNS * 9 / 10) / 1000.0, micros.getLast() / 1000.0, fixtureMs / 1000.0);
        }
    }
}
