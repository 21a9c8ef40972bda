package no.ks.ledergaloppen.innovationcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import no.ks.ledergaloppen.ServiceTest;
import no.ks.ledergaloppen.TestClock;
import no.ks.ledergaloppen.TestLogin;
import no.ks.ledergaloppen.base.ChangedMeanwhileException;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.dashboard.CohortFixture;
import no.ks.ledergaloppen.innovationcase.domain.CaseAuditRepository;
import no.ks.ledergaloppen.roadmap.Phase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Nyttiggjort and finishing a case, on a cohort of its own (two municipalities, the first case in Operations). */
@ServiceTest
class CaseCompletionServiceTest {

    @Autowired CaseCompletionService completions;
    @Autowired PhaseService phases;
    @Autowired CohortFixture fixture;
    @Autowired TestLogin login;
    @Autowired TestClock clock;
    @Autowired CaseAuditRepository audits;

    private CohortFixture.Built b;
    private long caseId;

    private void inOperations() {
        b = fixture.cohort("fin", 2, List.of(clock.today().plusDays(30)));
        fixture.move(b, 0, Phase.OPERATIONS);
        caseId = b.caseIds().getFirst();
        login.as(b.participants().getFirst());
    }

    private long version() {
        return completions.completion(caseId).version();
    }

    @Test
    void the_leader_group_records_put_to_use_and_finishes_the_case_and_both_are_audited() {
        inOperations();
        LocalDate since = clock.today().minusDays(14);
        CaseCompletion recorded = completions.recordInUse(caseId, version(), since, "  Hjemmetjenesten sone nord  ");
        assertThat(recorded.inUseSince()).isEqualTo(since);
        assertThat(recorded.inUseBy()).isEqualTo("Hjemmetjenesten sone nord");

        CaseCompletion finished = completions.finish(caseId, recorded.version());

        assertThat(finished.finished()).isTrue();
        assertThat(finished.finishedAt()).isEqualTo(clock.instant());
        assertThat(finished.finishedBy()).isEqualTo("Deltaker fin 1");
        assertThat(completions.completion(caseId).canReopen()).isTrue();
        assertThat(audits.countByCaseIdAndAction(caseId, "IN_USE")).isEqualTo(1);
        assertThat(audits.countByCaseIdAndAction(caseId, "FINISHED")).isEqualTo(1);
    }

    @Test
    void finishing_without_put_to_use_is_refused_with_the_reason_and_nothing_changes() {
        inOperations();
        long version = version();
        assertThatThrownBy(() -> completions.finish(caseId, version)).isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", "case.completion.error.notInUse");
        CaseCompletion after = completions.completion(caseId);
        assertThat(after.finished()).isFalse();
        assertThat(after.version()).isEqualTo(version);
        assertThat(audits.countByCaseIdAndAction(caseId, "FINISHED")).isZero();
    }

    @Test
    void a_put_to_use_date_in_the_future_is_refused_under_the_date_and_nothing_is_saved() {
        inOperations();
        assertThatThrownBy(() -> completions.recordInUse(caseId, version(), clock.today().plusDays(1), "NAV"))
                .hasFieldOrPropertyWithValue("field", "inUseSince")
                .hasFieldOrPropertyWithValue("messageKey", "case.completion.error.future");
        assertThat(completions.completion(caseId).inUse()).isFalse();
        assertThat(audits.countByCaseIdAndAction(caseId, "IN_USE")).isZero();
    }

    @Test
    void put_to_use_without_a_date_or_without_who_uses_it_is_refused_and_nothing_is_saved() {
        inOperations();
        assertThatThrownBy(() -> completions.recordInUse(caseId, version(), null, "NAV"))
                .hasFieldOrPropertyWithValue("field", "inUseSince")
                .hasFieldOrPropertyWithValue("messageKey", "validation.required");
        assertThatThrownBy(() -> completions.recordInUse(caseId, version(), clock.today(), " "))
                .hasFieldOrPropertyWithValue("field", "inUseBy")
                .hasFieldOrPropertyWithValue("messageKey", "validation.required");
        assertThatThrownBy(() -> completions.recordInUse(caseId, version(), clock.today(), "x".repeat(1001)))
                .hasFieldOrPropertyWithValue("field", "inUseBy")
                .hasFieldOrPropertyWithValue("messageKey", "validation.tooLong");
        assertThat(completions.completion(caseId).inUse()).isFalse();
    }

    @Test
    void finishing_or_recording_put_to_use_outside_operations_is_refused() {
        b = fixture.cohort("fin", 1, List.of(clock.today().plusDays(30)));
        fixture.move(b, 0, Phase.IMPLEMENTATION);
        caseId = b.caseIds().getFirst();
        login.as(b.participants().getFirst());
        assertThatThrownBy(() -> completions.finish(caseId, version()))
                .hasFieldOrPropertyWithValue("messageKey", "case.completion.error.finishOutsideOperations");
        assertThatThrownBy(() -> completions.recordInUse(caseId, version(), clock.today(), "NAV"))
                .hasFieldOrPropertyWithValue("messageKey", "case.completion.error.notInOperations");
        CaseCompletion after = completions.completion(caseId);
        assertThat(after.finished()).isFalse();
        assertThat(after.inUse()).isFalse();
    }

    @Test
    void a_change_on_a_stale_version_is_refused() {
        inOperations();
        long stale = version();
        completions.recordInUse(caseId, stale, clock.today(), "Hjemmetjenesten");
        assertThatThrownBy(() -> completions.recordInUse(caseId, stale, clock.today(), "Noen andre"))
                .isInstanceOf(ChangedMeanwhileException.class);
        assertThatThrownBy(() -> completions.finish(caseId, stale)).isInstanceOf(ChangedMeanwhileException.class);
        assertThat(completions.completion(caseId).inUseBy()).isEqualTo("Hjemmetjenesten");
        assertThat(completions.completion(caseId).finished()).isFalse();
    }

    @Test
    void a_finished_case_stays_readable_cannot_move_phase_and_is_reopened_by_the_facilitator() {
        inOperations();
        completions.finish(caseId, completions.recordInUse(caseId, version(), clock.today(), "Skolene").version());
        assertThatThrownBy(() -> phases.move(caseId, Phase.TESTING, "Ny test", true))
                .hasFieldOrPropertyWithValue("messageKey", "case.error.finishedMove");

        login.as(b.facilitator());
        CaseCompletion reopened = completions.reopen(caseId, version());

        assertThat(reopened.finished()).isFalse();
        assertThat(reopened.inUse()).isTrue();
        assertThat(audits.countByCaseIdAndAction(caseId, "REOPENED")).isEqualTo(1);
        login.as(b.participants().getFirst());
        assertThat(completions.completion(caseId).canFinish()).isTrue();
    }

    @Test
    void another_municipality_can_neither_record_put_to_use_nor_finish_or_reopen() {
        inOperations();
        completions.finish(caseId, completions.recordInUse(caseId, version(), clock.today(), "Skolene").version());
        long version = version();
        login.as(b.participants().get(1));
        assertThatThrownBy(() -> completions.reopen(caseId, version)).isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", "case.error.notFound");
        login.as(b.participants().getFirst());
        assertThat(completions.completion(caseId).finished()).isTrue();
    }

    @Test
    void a_reader_of_a_shared_case_sees_the_record_but_may_not_change_it() {
        inOperations();
        CaseService cases = this.cases;
        CaseDetails d = cases.details(caseId);
        CaseFields f = d.fields();
        cases.update(caseId, d.version(), new CaseFields(f.title(), f.needStatement(), f.targetGroup(), f.driver(),
                f.team(), f.anchoring(), Visibility.COHORT));
        completions.recordInUse(caseId, version(), clock.today(), "Skolene");
        login.as(b.participants().get(1));
        CaseCompletion seen = completions.completion(caseId);
        assertThat(seen.inUseBy()).isEqualTo("Skolene");
        assertThat(seen.canEdit()).isFalse();
        assertThatThrownBy(() -> completions.finish(caseId, seen.version())).isInstanceOf(AccessDeniedException.class);
    }

    @Autowired CaseService cases;
}
