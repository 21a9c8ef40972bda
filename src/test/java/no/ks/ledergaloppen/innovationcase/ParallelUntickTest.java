package no.ks.ledergaloppen.innovationcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import no.ks.ledergaloppen.ServerTest;
import no.ks.ledergaloppen.TestClock;
import no.ks.ledergaloppen.TestLogin;
import no.ks.ledergaloppen.dashboard.CohortFixture;
import no.ks.ledergaloppen.innovationcase.domain.CaseAuditRepository;
import no.ks.ledergaloppen.roadmap.Phase;
import no.ks.ledergaloppen.roadmap.RoadmapService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two members of a leader group untick the same step at the same moment, each in a transaction of their own
 * (the load harness met it: the second one failed on the row the first had just deleted).
 */
@ServerTest
class ParallelUntickTest {

    @Autowired
    PhaseService phases;
    @Autowired
    RoadmapService roadmap;
    @Autowired
    CaseAuditRepository audits;
    @Autowired
    CohortFixture fixture;
    @Autowired
    TestLogin login;
    @Autowired
    TestClock clock;

    @Test
    void two_people_unticking_the_same_step_at_once_both_succeed_and_it_is_logged_once() throws Exception {
        CohortFixture.Built cohort = fixture.cohort("untick", 1, List.of(clock.today().plusDays(14)));
        long caseId = cohort.caseIds().getFirst();
        String member = cohort.participants().getFirst(); // in two browser tabs, as good as two people
        login.as(member);
        long step = roadmap.phase(Phase.ANCHORING).steps().getFirst().id();
        login.logout();
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            for (int round = 1; round <= 10; round++) {
                login.as(member);
                phases.tick(caseId, step, null);
                login.logout();
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<String>> results = two.invokeAll(List.of(untick(member, caseId, step, together),
                        untick(member, caseId, step, together)), 30, TimeUnit.SECONDS);
                List<String> outcomes = new ArrayList<>();
                for (Future<String> result : results) {
                    outcomes.add(result.get());
                }
                assertThat(outcomes).as("round %d", round).containsOnly("unticked");
                assertThat(audits.countByCaseIdAndAction(caseId, "UNTICKED")).as("round %d", round).isEqualTo(round);
            }
        } finally {
            two.shutdownNow();
        }
    }

    private Callable<String> untick(String username, long caseId, long step, CyclicBarrier together) {
        return () -> {
            login.as(username);
            try {
                together.await(10, TimeUnit.SECONDS);
                phases.untick(caseId, step);
                return "unticked";
            } catch (RuntimeException e) {
                return e.toString();
            } finally {
                login.logout();
            }
        };
    }
}
