package no.ks.ledergaloppen.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import no.ks.ledergaloppen.ServiceTest;
import no.ks.ledergaloppen.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Two nodes on one database: a daily job is claimed by one of them only. */
@ServiceTest
class JobClaimsTest {

    @Autowired DataSource dataSource;
    @Autowired org.springframework.transaction.PlatformTransactionManager transactions;
    @Autowired TestClock clock;

    /** Claims are committed at once (and kept on a reused PostgreSQL database): every run has its own jobs. */
    private final String run = java.util.UUID.randomUUID().toString().substring(0, 8);

    private String job(String name) {
        return "claims-" + name + "-" + run;
    }

    private JobClaims node(String name) {
        return new JobClaims(dataSource, transactions, clock, NodeName.of(name));
    }

    @Test
    void two_claims_for_the_same_job_and_day_give_one_winner() {
        LocalDate day = LocalDate.of(2032, 1, 5);

        boolean first = node("node-1").claim(job("test"), day);
        boolean second = node("node-2").claim(job("test"), day);

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(node("node-1").claim(job("test"), day)).as("the winner itself, a second time").isFalse();
    }

    @Test
    void two_nodes_claiming_at_the_same_moment_still_give_exactly_one_winner() throws Exception {
        LocalDate day = LocalDate.of(2032, 1, 6);
        List<Callable<Boolean>> claims = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            JobClaims node = node("node-" + i);
            claims.add(() -> node.claim(job("race"), day));
        }
        int winners = 0;
        try (var pool = Executors.newFixedThreadPool(4)) {
            for (Future<Boolean> won : pool.invokeAll(claims)) {
                winners += won.get() ? 1 : 0;
            }
        }
        assertThat(winners).isOne();
    }

    @Test
    void another_job_or_the_next_day_is_a_claim_of_its_own() {
        LocalDate day = LocalDate.of(2032, 1, 7);
        assertThat(node("node-1").claim(job("own"), day)).isTrue();

        assertThat(node("node-2").claim(job("other"), day)).isTrue();
        assertThat(node("node-2").claim(job("own"), day.plusDays(1))).isTrue();
    }

    @Test
    void before_the_jobs_time_the_last_slot_is_yesterdays_and_from_that_time_todays() {
        clock.stopAt(LocalDate.of(2032, 2, 10), LocalTime.of(6, 59));
        assertThat(node("node-1").lastSlot(LocalTime.of(7, 0))).isEqualTo(LocalDate.of(2032, 2, 9));
        clock.stopAt(LocalDate.of(2032, 2, 10), LocalTime.of(7, 0));
        assertThat(node("node-1").lastSlot(LocalTime.of(7, 0))).isEqualTo(LocalDate.of(2032, 2, 10));
    }
}
