package no.ks.ledergaloppen.gathering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import no.ks.ledergaloppen.ServiceTest;
import no.ks.ledergaloppen.Statements;
import no.ks.ledergaloppen.TestClock;
import no.ks.ledergaloppen.TestLogin;
import no.ks.ledergaloppen.cohort.CohortService;
import no.ks.ledergaloppen.dashboard.CohortFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A cohort's programme and its home visits cost the same few statements however many gatherings or visits. */
@ServiceTest
class GatheringQueryCountTest {

    @Autowired GatheringService gatherings;
    @Autowired HomeVisitService visits;
    @Autowired CohortService cohorts;
    @Autowired CohortFixture fixture;
    @Autowired TestClock clock;
    @Autowired TestLogin login;
    @Autowired Statements statements;

    /** A cohort with {@code count} gatherings, each with a two-item agenda. */
    private CohortFixture.Built withGatherings(String tag, int count) {
        CohortFixture.Built b = fixture.cohort(tag, 2, List.of());
        login.as(b.facilitator());
        for (int n = 1; n <= count; n++) {
            gatherings.create(b.cohortId(), new GatheringDraft(n, clock.today().plusWeeks(n), LocalTime.of(9, 0),
                    LocalTime.of(15, 0), "Rådhuset", "Samling " + n, List.of(
                            new AgendaItemDraft(LocalTime.of(9, 0), "Velkommen", null, null),
                            new AgendaItemDraft(LocalTime.of(10, 0), "Arbeid med caset", null, null))));
        }
        return b;
    }

    private long programmeOf(CohortFixture.Built b, String as, int count) {
        login.as(as);
        var counted = statements.count(() -> gatherings.forCohort(b.cohortId()));
        assertThat(counted.result()).hasSize(count).allSatisfy(g -> assertThat(g.agenda()).hasSize(2));
        return counted.statements();
    }

    @Test
    void eight_gatherings_with_agendas_are_read_in_as_many_statements_as_two() {
        CohortFixture.Built small = withGatherings("gq2", 2);
        CohortFixture.Built large = withGatherings("gq8", 8);

        assertThat(programmeOf(large, large.facilitator(), 8)).isEqualTo(programmeOf(small, small.facilitator(), 2));
        assertThat(programmeOf(large, large.participants().getFirst(), 8))
                .isEqualTo(programmeOf(small, small.participants().getFirst(), 2));
    }

    @Test
    void six_home_visits_are_read_in_as_many_statements_as_one() {
        CohortFixture.Built small = withVisits("hv1", 1);
        CohortFixture.Built large = withVisits("hv6", 6);

        assertThat(visitsOf(large, 6)).isEqualTo(visitsOf(small, 1));
    }

    private CohortFixture.Built withVisits(String tag, int count) {
        CohortFixture.Built b = fixture.cohort(tag, count, List.of());
        login.as(b.facilitator());
        long facilitator = cohorts.details(b.cohortId()).facilitators().getFirst().id();
        for (long m : b.municipalityIds()) {
            visits.plan(b.cohortId(), m, new HomeVisitDraft(clock.today().plusDays(10), HomeVisitStatus.PLANNED,
                    Set.of(facilitator), null, null));
        }
        return b;
    }

    private long visitsOf(CohortFixture.Built b, int count) {
        login.as(b.facilitator());
        var counted = statements.count(() -> visits.visits(b.cohortId()));
        assertThat(counted.result()).hasSize(count)
                .allSatisfy(v -> assertThat(v.facilitatorNames()).containsExactly("Fasilitator " + b.facilitator()
                        .substring("fas-".length())));
        return counted.statements();
    }
}
