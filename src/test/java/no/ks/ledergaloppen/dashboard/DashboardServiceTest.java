package no.ks.ledergaloppen.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import no.ks.ledergaloppen.ServiceTest;
import no.ks.ledergaloppen.TestClock;
import no.ks.ledergaloppen.TestLogin;
import no.ks.ledergaloppen.assessment.Foundation;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.cohort.CohortService;
import no.ks.ledergaloppen.roadmap.Phase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The dashboard's rules on a cohort built for each test on a stopped clock. Day 0 is the enrolment;
 * gathering 1 is on day 10, gathering 2 on day 30; "today" is day 40 unless a test says otherwise.
 */
@ServiceTest
class DashboardServiceTest {

    static final LocalDate DAY0 = LocalDate.of(2027, 1, 4);

    @Autowired DashboardService dashboards;
    @Autowired CohortService cohorts;
    @Autowired CohortFixture fixture;
    @Autowired TestClock clock;
    @Autowired TestLogin login;

    CohortFixture.Built cohort;

    @BeforeEach
    void a_cohort_of_five_enrolled_on_day_0() {
        clock.stopAt(DAY0, LocalTime.of(9, 0));
        cohort = fixture.cohort("dash", 5, List.of(DAY0.plusDays(10), DAY0.plusDays(30), DAY0.plusDays(60)));
    }

    private void day(int n) {
        clock.stopAt(DAY0.plusDays(n), LocalTime.of(12, 0));
    }

    private CohortDashboard asFacilitator() {
        login.as(cohort.facilitator());
        return dashboards.dashboard(cohort.cohortId());
    }

    private DashboardRow row(CohortDashboard d, int index) {
        long m = cohort.municipalityIds().get(index);
        return d.rows().stream().filter(r -> r.municipalityId() == m).findFirst().orElseThrow();
    }

    @Test
    void a_case_with_no_activity_for_the_cohorts_number_of_days_is_stalled_and_any_activity_or_answer_clears_it() {
        day(5);
        fixture.move(cohort, 0, Phase.INSIGHT);
        day(35);
        fixture.move(cohort, 1, Phase.INSIGHT);
        long a = fixture.assignment(cohort, "Kartlegg behovet", DAY0.plusDays(50));
        day(38);
        fixture.answer(cohort, 2, a, false);
        day(40);

        CohortDashboard d = asFacilitator();
        assertThat(row(d, 0).flags()).as("last move 35 days ago").contains(Flag.STALLED);
        assertThat(row(d, 1).flags()).as("moved 5 days ago").doesNotContain(Flag.STALLED);
        assertThat(row(d, 2).flags()).as("an answer saved 2 days ago counts").doesNotContain(Flag.STALLED);
        assertThat(row(d, 2).lastActivity()).isEqualTo(DAY0.plusDays(38).atTime(12, 0).atZone(TestClock.OSLO).toInstant());
        assertThat(row(d, 3).flags()).as("created on day 0, nothing since").contains(Flag.STALLED);
    }

    @Test
    void facilitators_set_the_number_of_stalled_days_and_bad_numbers_are_refused_with_nothing_changed() {
        day(5);
        fixture.move(cohort, 0, Phase.INSIGHT);
        day(40);
        login.as(cohort.facilitator());
        long version = cohorts.roster(cohort.cohortId()).version();
        for (Integer bad : new Integer[] {0, -3, 366, null}) {
            assertThatThrownBy(() -> cohorts.setStallDays(cohort.cohortId(), version, bad))
                    .isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("field", "stallDays");
        }
        assertThat(cohorts.roster(cohort.cohortId()).stallDays()).isEqualTo(21);

        cohorts.setStallDays(cohort.cohortId(), version, 40);

        CohortDashboard d = asFacilitator();
        assertThat(d.cohort().stallDays()).isEqualTo(40);
        assertThat(row(d, 0).flags()).as("35 days without activity, limit 40").doesNotContain(Flag.STALLED);
        assertThat(row(d, 3).flags()).as("40 days without activity").contains(Flag.STALLED);
    }

    @Test
    void only_a_zero_in_the_latest_assessment_flags_the_case_and_the_row_names_the_foundation() {
        day(12);
        fixture.assess(cohort, 0, Foundation.DRIVER);
        fixture.assess(cohort, 1, Foundation.TEAM);
        day(32);
        fixture.assess(cohort, 1, null);
        day(40);

        CohortDashboard d = asFacilitator();
        assertThat(row(d, 0).flags()).contains(Flag.ZERO_FOUNDATION);
        assertThat(row(d, 0).zeros()).containsExactly(Foundation.DRIVER);
        assertThat(row(d, 0).product()).isZero();
        assertThat(row(d, 1).flags()).as("the zero was mended").doesNotContain(Flag.ZERO_FOUNDATION);
        assertThat(row(d, 1).product()).isEqualTo(1024);
        assertThat(row(d, 2).latest()).as("never assessed").isNull();
        assertThat(row(d, 2).flags()).doesNotContain(Flag.ZERO_FOUNDATION);
    }

    @Test
    void an_assignment_past_its_due_date_and_not_handed_in_is_overdue_while_a_draft_does_not_count() {
        long a = fixture.assignment(cohort, "Intervju tre brukere", DAY0.plusDays(20));
        fixture.assignment(cohort, "Planlegg en test", DAY0.plusDays(50));
        day(15);
        fixture.answer(cohort, 0, a, true);
        fixture.answer(cohort, 1, a, false);

        CohortDashboard before = asFacilitator();
        assertThat(before.rows()).noneMatch(r -> r.has(Flag.OVERDUE));

        day(40);
        CohortDashboard d = asFacilitator();
        assertThat(row(d, 0).flags()).doesNotContain(Flag.OVERDUE);
        assertThat(row(d, 0).assignments()).satisfies(x -> {
            assertThat(x.given()).isEqualTo(2);
            assertThat(x.handedIn()).isEqualTo(1);
            assertThat(x.overdue()).isZero();
        });
        assertThat(row(d, 1).flags()).as("a draft is not handed in").contains(Flag.OVERDUE);
        assertThat(row(d, 1).assignments().overdue()).isEqualTo(1);
        assertThat(row(d, 2).flags()).as("never started").contains(Flag.OVERDUE);
    }

    @Test
    void a_case_still_in_anchoring_or_insight_after_the_second_gathering_is_flagged_but_not_before() {
        day(5);
        fixture.move(cohort, 1, Phase.INSIGHT);
        fixture.move(cohort, 2, Phase.INSIGHT);
        fixture.move(cohort, 2, Phase.IDEAS);
        day(30);
        assertThat(asFacilitator().rows()).as("on the day of gathering 2").noneMatch(r -> r.has(Flag.EARLY_PHASE));

        day(31);
        CohortDashboard d = asFacilitator();
        assertThat(row(d, 0).flags()).as("anchoring").contains(Flag.EARLY_PHASE);
        assertThat(row(d, 1).flags()).as("insight").contains(Flag.EARLY_PHASE);
        assertThat(row(d, 2).flags()).as("ideas").doesNotContain(Flag.EARLY_PHASE);
    }

    @Test
    void days_in_phase_and_moves_back_come_from_the_history() {
        day(10);
        fixture.move(cohort, 0, Phase.INSIGHT);
        fixture.move(cohort, 0, Phase.TESTING);
        day(25);
        fixture.move(cohort, 0, Phase.INSIGHT);
        day(40);

        DashboardRow r = row(asFacilitator(), 0);
        assertThat(r.phase()).isEqualTo(Phase.INSIGHT);
        assertThat(r.daysInPhase()).isEqualTo(15);
        assertThat(r.movesBack()).isEqualTo(1);
        assertThat(r.visited()).contains(Phase.ANCHORING, Phase.INSIGHT, Phase.TESTING);
        assertThat(row(asFacilitator(), 4).daysInPhase()).isEqualTo(40);
    }

    @Test
    void the_phases_over_time_count_each_municipality_at_every_gathering_held_and_today() {
        day(5);
        fixture.move(cohort, 0, Phase.INSIGHT);
        day(20);
        fixture.move(cohort, 0, Phase.IDEAS);
        fixture.move(cohort, 1, Phase.INSIGHT);
        day(30);
        fixture.move(cohort, 2, Phase.INSIGHT);
        day(40);

        List<PhaseSnapshot> progress = asFacilitator().progress();
        assertThat(progress).extracting(PhaseSnapshot::gatheringNumber).containsExactly(1, 2, null);
        assertThat(progress.get(0).counts()).containsEntry(Phase.ANCHORING, 4).containsEntry(Phase.INSIGHT, 1);
        assertThat(progress.get(1).counts()).as("a move on the gathering day counts for that gathering")
                .containsEntry(Phase.ANCHORING, 2).containsEntry(Phase.INSIGHT, 2).containsEntry(Phase.IDEAS, 1);
        assertThat(progress.get(2).date()).isEqualTo(DAY0.plusDays(40));
        assertThat(progress).allSatisfy(s -> assertThat(s.total()).isEqualTo(5));
    }

    @Test
    void the_filter_keeps_the_municipalities_with_any_of_the_chosen_flags() {
        day(12);
        fixture.assess(cohort, 0, Foundation.NEED);
        day(35);
        fixture.move(cohort, 1, Phase.INSIGHT);
        fixture.move(cohort, 2, Phase.INSIGHT);
        fixture.move(cohort, 2, Phase.IDEAS);
        fixture.move(cohort, 3, Phase.INSIGHT);
        fixture.move(cohort, 3, Phase.IDEAS);
        day(40);

        CohortDashboard d = asFacilitator();
        assertThat(d.rowsWith(Set.of(Flag.ZERO_FOUNDATION))).extracting(DashboardRow::municipalityId)
                .containsExactly(cohort.municipalityIds().get(0));
        assertThat(d.rowsWith(Set.of(Flag.STALLED, Flag.ZERO_FOUNDATION))).extracting(DashboardRow::municipalityId)
                .containsExactlyInAnyOrder(cohort.municipalityIds().get(0), cohort.municipalityIds().get(4));
        assertThat(d.rowsWith(Set.of())).hasSize(5);
        assertThat(d.flagCounts()).containsEntry(Flag.STALLED, 2).containsEntry(Flag.ZERO_FOUNDATION, 1)
                .containsEntry(Flag.EARLY_PHASE, 3).containsEntry(Flag.OVERDUE, 0);
        assertThat(Flag.fromParam("zero_foundation")).contains(Flag.ZERO_FOUNDATION);
        assertThat(Flag.fromParam("nonsense")).isEmpty();
    }

    @Test
    void after_the_cohort_has_ended_no_case_is_flagged_as_stalled_or_early_but_zeros_and_overdue_remain() {
        long a = fixture.assignment(cohort, "Siste oppgave", DAY0.plusDays(20));
        day(12);
        fixture.assess(cohort, 0, Foundation.TEAM);
        clock.stopAt(DAY0.plusMonths(13), LocalTime.of(12, 0));

        CohortDashboard d = asFacilitator();
        assertThat(d.rows()).noneMatch(r -> r.has(Flag.STALLED) || r.has(Flag.EARLY_PHASE));
        assertThat(row(d, 0).flags()).contains(Flag.ZERO_FOUNDATION, Flag.OVERDUE);
        assertThat(a).isPositive();
    }

    @Test
    void only_the_cohorts_facilitators_and_administrators_see_its_dashboard() {
        login.as("admin");
        assertThat(dashboards.dashboard(cohort.cohortId()).rows()).hasSize(5);
        login.as("kari");
        assertThatThrownBy(() -> dashboards.dashboard(cohort.cohortId())).isInstanceOf(AccessDeniedException.class);
        login.as(cohort.participants().getFirst());
        assertThatThrownBy(() -> dashboards.dashboard(cohort.cohortId())).isInstanceOf(AccessDeniedException.class);
        login.as("ola");
        assertThatThrownBy(() -> dashboards.flagCounts(cohort.cohortId())).isInstanceOf(AccessDeniedException.class);
    }


}
