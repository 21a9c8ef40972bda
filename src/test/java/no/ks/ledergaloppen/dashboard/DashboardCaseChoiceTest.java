package no.ks.ledergaloppen.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import no.ks.ledergaloppen.ServiceTest;
import no.ks.ledergaloppen.TestClock;
import no.ks.ledergaloppen.TestLogin;
import no.ks.ledergaloppen.assessment.AssessmentDraft;
import no.ks.ledergaloppen.assessment.AssessmentService;
import no.ks.ledergaloppen.assessment.Foundation;
import no.ks.ledergaloppen.roadmap.Phase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A municipality that works several cases is one row on the dashboard, seen by the case its leader group put
 * first (finished cases give way to open ones). Two municipalities enrolled on day 0; gatherings on days 10
 * and 30; "today" is day 40.
 */
@ServiceTest
class DashboardCaseChoiceTest {

    static final LocalDate DAY0 = LocalDate.of(2027, 1, 4);

    @Autowired DashboardService dashboards;
    @Autowired AssessmentService assessments;
    @Autowired CohortFixture fixture;
    @Autowired TestClock clock;
    @Autowired TestLogin login;

    CohortFixture.Built cohort;
    long first;

    @BeforeEach
    void two_municipalities_enrolled_on_day_0() {
        clock.stopAt(DAY0, LocalTime.of(9, 0));
        cohort = fixture.cohort("valg", 2, List.of(DAY0.plusDays(10), DAY0.plusDays(30)));
        first = cohort.caseIds().getFirst();
    }

    private void day(int n) {
        clock.stopAt(DAY0.plusDays(n), LocalTime.of(12, 0));
    }

    private DashboardRow firstRow() {
        login.as(cohort.facilitator());
        CohortDashboard d = dashboards.dashboard(cohort.cohortId());
        return d.rows().stream().filter(r -> r.municipalityId() == cohort.municipalityIds().getFirst()).findFirst()
                .orElseThrow();
    }

    private Map<Phase, Integer> phasesToday() {
        login.as(cohort.facilitator());
        return dashboards.dashboard(cohort.cohortId()).progress().getLast().counts();
    }

    @Test
    void a_municipality_with_two_cases_shows_the_one_its_leader_group_put_first_and_says_there_is_one_more() {
        day(35);
        long parking = fixture.anotherCase(cohort, 0, "Digital søknad om parkering");
        fixture.moveCase(cohort, parking, Phase.INSIGHT);
        fixture.moveUp(cohort, 0, parking);
        day(40);

        DashboardRow row = firstRow();

        assertThat(row.caseId()).isEqualTo(parking);
        assertThat(row.caseTitle()).isEqualTo("Digital søknad om parkering");
        assertThat(row.phase()).isEqualTo(Phase.INSIGHT);
        assertThat(row.moreCases()).isEqualTo(1);
        assertThat(row.finished()).isFalse();
        login.as(cohort.facilitator());
        assertThat(dashboards.dashboard(cohort.cohortId()).rows()).as("still one row per municipality").hasSize(2);
        assertThat(phasesToday()).as("each municipality counted once, by its row's case")
                .containsEntry(Phase.INSIGHT, 1).containsEntry(Phase.ANCHORING, 1);
        assertThat(phasesToday().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(2);
    }

    @Test
    void reordering_the_leader_groups_cases_changes_which_case_the_row_and_the_phase_chart_show() {
        day(35);
        long parking = fixture.anotherCase(cohort, 0, "Digital søknad om parkering");
        fixture.moveCase(cohort, parking, Phase.IDEAS);
        day(40);
        assertThat(firstRow().caseId()).as("a new case comes last in the order").isEqualTo(first);
        assertThat(phasesToday()).containsEntry(Phase.ANCHORING, 2).containsEntry(Phase.IDEAS, 0);

        fixture.moveUp(cohort, 0, parking);

        assertThat(firstRow().caseId()).isEqualTo(parking);
        assertThat(firstRow().moreCases()).isEqualTo(1);
        assertThat(phasesToday()).containsEntry(Phase.ANCHORING, 1).containsEntry(Phase.IDEAS, 1);
    }

    @Test
    void a_finished_case_is_not_the_rows_case_while_the_municipality_has_an_open_one() {
        day(20);
        long parking = fixture.anotherCase(cohort, 0, "Digital søknad om parkering");
        day(38);
        fixture.finish(cohort, first);
        day(40);

        DashboardRow row = firstRow();

        assertThat(first).as("the finished case is first in the leader group's order").isLessThan(parking);
        assertThat(row.caseId()).isEqualTo(parking);
        assertThat(row.finished()).isFalse();
        assertThat(row.moreCases()).as("a finished case is not one more to work on").isZero();
        assertThat(phasesToday()).containsEntry(Phase.OPERATIONS, 0).containsEntry(Phase.ANCHORING, 2);
    }

    @Test
    void a_municipality_whose_cases_are_all_finished_shows_the_one_finished_last_marked_finished_and_not_stalled() {
        day(10);
        long parking = fixture.anotherCase(cohort, 0, "Digital søknad om parkering");
        fixture.finish(cohort, parking);
        day(12);
        fixture.finish(cohort, first);
        day(40);

        DashboardRow row = firstRow();

        assertThat(row.caseId()).isEqualTo(first);
        assertThat(row.finished()).isTrue();
        assertThat(row.moreCases()).isZero();
        assertThat(row.flags()).as("28 quiet days, but the case is done").doesNotContain(Flag.STALLED);
        assertThat(phasesToday()).containsEntry(Phase.OPERATIONS, 1);
    }

    @Test
    void the_flags_concern_the_rows_case_but_overdue_assignments_are_the_municipalitys() {
        day(1);
        assess(first, Foundation.TEAM);
        long overdue = fixture.assignment(cohort, "Kartlegg behovet", DAY0.plusDays(29));
        day(35);
        long parking = fixture.anotherCase(cohort, 0, "Digital søknad om parkering");
        fixture.moveCase(cohort, parking, Phase.IDEAS);
        assess(parking, null);
        day(40);
        DashboardRow before = firstRow();
        assertThat(before.caseId()).isEqualTo(first);
        assertThat(before.flags()).contains(Flag.STALLED, Flag.ZERO_FOUNDATION, Flag.EARLY_PHASE, Flag.OVERDUE);

        fixture.moveUp(cohort, 0, parking);

        DashboardRow after = firstRow();
        assertThat(after.flags()).containsExactly(Flag.OVERDUE);
        assertThat(after.product()).isEqualTo(1024);
        assertThat(after.assignments().overdue()).isEqualTo(1);
        assertThat(overdue).isPositive();
    }

    private void assess(long caseId, Foundation zero) {
        login.as(cohort.facilitator());
        Map<Foundation, Integer> scores = new EnumMap<>(Foundation.class);
        for (Foundation f : Foundation.values()) {
            scores.put(f, f == zero ? 0 : 4);
        }
        assessments.record(caseId, new AssessmentDraft(clock.today(), scores, Map.of()));
        login.logout();
    }
}
