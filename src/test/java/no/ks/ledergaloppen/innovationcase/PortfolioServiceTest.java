package no.ks.ledergaloppen.innovationcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import no.ks.ledergaloppen.ServiceTest;
import no.ks.ledergaloppen.TestClock;
import no.ks.ledergaloppen.TestLogin;
import no.ks.ledergaloppen.assessment.Foundation;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.dashboard.CohortFixture;
import no.ks.ledergaloppen.innovationcase.domain.CaseAuditRepository;
import no.ks.ledergaloppen.roadmap.Phase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** The portfolio on a cohort of its own: the leader group's order, the figures per case, and who may do what. */
@ServiceTest
class PortfolioServiceTest {

    @Autowired PortfolioService portfolio;
    @Autowired CaseService cases;
    @Autowired CohortFixture fixture;
    @Autowired TestLogin login;
    @Autowired TestClock clock;
    @Autowired CaseAuditRepository audits;

    /** A cohort of two municipalities; the first municipality's leader group has started two more cases. */
    private CohortFixture.Built cohortWithThreeCasesInTheFirst() {
        CohortFixture.Built b = fixture.cohort("pf", 2, List.of(clock.today().plusDays(30)));
        login.as(b.participants().get(0));
        cases.create(b.cohortId(), b.municipalityIds().get(0), "Digital søknad om parkering");
        cases.create(b.cohortId(), b.municipalityIds().get(0), "Felles innkjøp av velferdsteknologi");
        login.logout();
        return b;
    }

    private List<String> ownTitles() {
        return portfolio.own().stream().map(r -> r.summary().title()).toList();
    }

    @Test
    void a_leader_group_member_moves_a_case_up_and_the_new_order_is_saved_and_audited() {
        CohortFixture.Built b = cohortWithThreeCasesInTheFirst();
        login.as(b.participants().get(0));
        List<PortfolioRow> before = portfolio.own();
        assertThat(ownTitles()).containsExactly("Innovasjonscase – Testkommune pf 1", "Digital søknad om parkering",
                "Felles innkjøp av velferdsteknologi");
        long last = before.get(2).id();

        portfolio.moveUp(last);

        assertThat(ownTitles()).containsExactly("Innovasjonscase – Testkommune pf 1",
                "Felles innkjøp av velferdsteknologi", "Digital søknad om parkering");
        assertThat(portfolio.own()).extracting(r -> r.summary().priority()).containsExactly(1, 2, 3);
        assertThat(audits.countByCaseIdAndAction(last, "PRIORITY")).isEqualTo(1);
        portfolio.moveDown(portfolio.own().getFirst().id());
        assertThat(ownTitles()).containsExactly("Felles innkjøp av velferdsteknologi",
                "Innovasjonscase – Testkommune pf 1", "Digital søknad om parkering");
    }

    @Test
    void moving_the_first_case_up_changes_nothing() {
        CohortFixture.Built b = cohortWithThreeCasesInTheFirst();
        login.as(b.participants().get(0));
        List<String> before = ownTitles();
        portfolio.moveUp(portfolio.own().getFirst().id());
        assertThat(ownTitles()).isEqualTo(before);
    }

    @Test
    void a_member_of_another_municipality_cannot_reorder_and_the_order_stays() {
        CohortFixture.Built b = cohortWithThreeCasesInTheFirst();
        login.as(b.participants().get(0));
        List<String> before = ownTitles();
        long last = portfolio.own().get(2).id();
        login.as(b.participants().get(1));
        assertThatThrownBy(() -> portfolio.moveUp(last)).isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", "case.error.notFound");
        login.as(b.participants().get(0));
        assertThat(ownTitles()).isEqualTo(before);
    }

    @Test
    void the_facilitator_cannot_reorder_because_the_order_is_the_leader_groups_priority() {
        CohortFixture.Built b = cohortWithThreeCasesInTheFirst();
        login.as(b.participants().get(0));
        List<String> before = ownTitles();
        long last = portfolio.own().get(2).id();
        login.as(b.facilitator());
        assertThatThrownBy(() -> portfolio.moveUp(last)).isInstanceOf(AccessDeniedException.class);
        login.as(b.participants().get(0));
        assertThat(ownTitles()).isEqualTo(before);
        assertThat(audits.countByCaseIdAndAction(last, "PRIORITY")).isZero();
    }

    @Test
    void the_portfolio_shows_own_cases_in_order_with_phase_days_in_phase_and_the_latest_foundations() {
        CohortFixture.Built b = cohortWithThreeCasesInTheFirst();
        fixture.move(b, 0, Phase.INSIGHT);
        fixture.assess(b, 0, null);
        fixture.later(Duration.ofDays(3));
        fixture.assess(b, 0, Foundation.TEAM);
        fixture.later(Duration.ofDays(2));
        login.as(b.participants().get(0));

        List<PortfolioRow> rows = portfolio.own();

        assertThat(rows).hasSize(3);
        PortfolioRow first = rows.getFirst();
        assertThat(first.summary().phase()).isEqualTo(Phase.INSIGHT);
        assertThat(first.daysInPhase()).isEqualTo(5);
        assertThat(first.foundations().product()).isZero();
        assertThat(first.foundations().zeros()).containsExactly(Foundation.TEAM);
        assertThat(rows.get(1).summary().phase()).isEqualTo(Phase.ANCHORING);
        assertThat(rows.get(1).foundations()).isNull();
        assertThat(rows).allSatisfy(r -> assertThat(r.summary().own()).isTrue());
    }

    @Test
    void a_participant_sees_shared_cases_of_others_but_never_their_private_ones() {
        CohortFixture.Built b = cohortWithThreeCasesInTheFirst();
        login.as(b.participants().get(1));
        long second = b.caseIds().get(1);
        CaseDetails d = cases.details(second);
        CaseFields f = d.fields();
        cases.update(second, d.version(), new CaseFields(f.title(), f.needStatement(), f.targetGroup(), f.driver(),
                f.team(), f.anchoring(), Visibility.COHORT));

        login.as(b.participants().get(0));
        assertThat(portfolio.others(PageRequest.of(0, 50)).getContent()).extracting(PortfolioRow::id)
                .containsExactly(second);
        login.as(b.participants().get(1));
        assertThat(portfolio.others(PageRequest.of(0, 50)).getContent()).isEmpty();
        assertThat(portfolio.own()).extracting(PortfolioRow::id).containsExactly(second);
    }

    @Test
    void the_facilitator_sees_every_case_grouped_by_municipality_in_priority_order() {
        CohortFixture.Built b = cohortWithThreeCasesInTheFirst();
        login.as(b.participants().get(0));
        portfolio.moveUp(portfolio.own().get(2).id());
        login.as(b.facilitator());
        assertThat(portfolio.own()).isEmpty();
        assertThat(portfolio.others(PageRequest.of(0, 50)).getContent())
                .extracting(r -> r.summary().municipalityName() + ": " + r.summary().title())
                .containsExactly("Testkommune pf 1: Innovasjonscase – Testkommune pf 1",
                        "Testkommune pf 1: Felles innkjøp av velferdsteknologi",
                        "Testkommune pf 1: Digital søknad om parkering",
                        "Testkommune pf 2: Innovasjonscase – Testkommune pf 2");
    }

    @Test
    void paging_one_case_at_a_time_gives_the_same_order_as_the_whole_list_across_two_cohorts() {
        login.as("kari");
        List<Long> whole = portfolio.others(org.springframework.data.domain.Pageable.unpaged()).getContent().stream()
                .map(PortfolioRow::id).toList();
        assertThat(whole).hasSizeGreaterThan(6);
        List<Long> paged = java.util.stream.IntStream.range(0, whole.size())
                .mapToObj(i -> portfolio.others(PageRequest.of(i, 1)).getContent().getFirst().id()).toList();
        assertThat(paged).isEqualTo(whole);
    }

    @Test
    void a_leader_group_member_starts_a_case_that_opens_in_anchoring_last_in_the_order() {
        CohortFixture.Built b = fixture.cohort("pn", 1, List.of(clock.today().plusDays(30)));
        login.as(b.participants().get(0));
        long id = cases.create(b.cohortId(), b.municipalityIds().get(0), "  Nytt tilbud for unge  ");
        CaseDetails d = cases.details(id);
        assertThat(d.summary().phase()).isEqualTo(Phase.ANCHORING);
        assertThat(d.summary().title()).isEqualTo("Nytt tilbud for unge");
        assertThat(d.canEdit()).isTrue();
        assertThat(portfolio.own().getLast().id()).isEqualTo(id);
        assertThat(audits.countByCaseIdAndAction(id, "CREATED")).isEqualTo(1);
    }

    @Test
    void a_participant_cannot_start_a_case_for_another_municipality_and_nothing_is_created() {
        CohortFixture.Built b = fixture.cohort("px", 2, List.of(clock.today().plusDays(30)));
        login.as(b.facilitator());
        long before = portfolio.others(PageRequest.of(0, 50)).getTotalElements();
        login.as(b.participants().get(0));
        assertThatThrownBy(() -> cases.create(b.cohortId(), b.municipalityIds().get(1), "Ikke vår sak"))
                .isInstanceOf(AccessDeniedException.class);
        login.as(b.facilitator());
        assertThat(portfolio.others(PageRequest.of(0, 50)).getTotalElements()).isEqualTo(before);
    }

    @Test
    void a_new_case_without_a_title_is_refused_with_the_message_under_the_title() {
        CohortFixture.Built b = fixture.cohort("pt", 1, List.of(clock.today().plusDays(30)));
        login.as(b.participants().get(0));
        assertThatThrownBy(() -> cases.create(b.cohortId(), b.municipalityIds().get(0), "   "))
                .hasFieldOrPropertyWithValue("field", "title")
                .hasFieldOrPropertyWithValue("messageKey", "validation.required");
        assertThat(portfolio.own()).hasSize(1);
    }

    @Test
    void finished_cases_carry_their_mark_in_the_portfolio() {
        CohortFixture.Built b = fixture.cohort("pd", 1, List.of(clock.today().plusDays(30)));
        fixture.move(b, 0, Phase.OPERATIONS);
        login.as(b.participants().get(0));
        long id = b.caseIds().getFirst();
        // used by the completion service test as well; here only the flag in the list matters
        CaseCompletion c = completions.recordInUse(id, completions.completion(id).version(), LocalDate.of(2026, 11, 2),
                "Hjemmetjenesten");
        completions.finish(id, c.version());
        assertThat(portfolio.own().getFirst().summary().finished()).isTrue();
    }

    @Autowired CaseCompletionService completions;
}
