package no.ks.ledergaloppen.innovationcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.ks.ledergaloppen.ServiceTest;
import no.ks.ledergaloppen.TestCases;
import no.ks.ledergaloppen.TestLogin;
import no.ks.ledergaloppen.innovationcase.domain.CaseAuditRepository;
import no.ks.ledergaloppen.roadmap.Phase;
import no.ks.ledergaloppen.roadmap.RoadmapService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@ServiceTest
class PhaseServiceTest {

    @Autowired
    PhaseService phases;
    @Autowired
    CaseService cases;
    @Autowired
    RoadmapService roadmap;
    @Autowired
    TestLogin login;
    @Autowired
    TestCases demo;
    @Autowired
    CaseAuditRepository audits;

    @Test
    void a_move_without_a_reason_is_refused_and_the_case_stays() {
        long haugesund = demo.idOf("Haugesund kommune");
        login.as("ola");
        int historyBefore = phases.history(haugesund).size();
        assertThatThrownBy(() -> phases.move(haugesund, Phase.INSIGHT, "  ", true))
                .hasFieldOrPropertyWithValue("field", "reason")
                .hasFieldOrPropertyWithValue("messageKey", "validation.required");
        assertThat(cases.details(haugesund).summary().phase()).isEqualTo(Phase.TESTING);
        assertThat(phases.history(haugesund)).hasSize(historyBefore);
    }

    @Test
    void going_back_after_a_failed_test_is_kept_in_the_history_with_who_and_why() {
        long haugesund = demo.idOf("Haugesund kommune");
        login.as("ola");
        long movesBefore = audits.countByCaseIdAndAction(haugesund, "MOVED");
        phases.move(haugesund, Phase.INSIGHT, "Piloten viste at nattbehovet er et annet", false);
        assertThat(cases.details(haugesund).summary().phase()).isEqualTo(Phase.INSIGHT);
        PhaseMoveInfo latest = phases.history(haugesund).getFirst();
        assertThat(latest.from()).isEqualTo(Phase.TESTING);
        assertThat(latest.to()).isEqualTo(Phase.INSIGHT);
        assertThat(latest.back()).isTrue();
        assertThat(latest.movedBy()).isEqualTo("Ola Haugland");
        assertThat(latest.reason()).isEqualTo("Piloten viste at nattbehovet er et annet");
        assertThat(audits.countByCaseIdAndAction(haugesund, "MOVED")).isEqualTo(movesBefore + 1);
    }

    @Test
    void moving_forward_past_unticked_steps_needs_confirmation() {
        long tysvaer = demo.idOf("Tysvær kommune");
        login.as("lars");
        assertThat(phases.untickedInCurrentPhase(tysvaer)).isPositive();
        assertThatThrownBy(() -> phases.move(tysvaer, Phase.INSIGHT, "Vi er klare", false))
                .hasFieldOrPropertyWithValue("messageKey", "case.error.untickedSteps");
        assertThat(cases.details(tysvaer).summary().phase()).isEqualTo(Phase.ANCHORING);
        phases.move(tysvaer, Phase.INSIGHT, "Vi er klare", true);
        assertThat(cases.details(tysvaer).summary().phase()).isEqualTo(Phase.INSIGHT);
    }

    @Test
    void a_move_to_the_same_phase_is_refused() {
        long tysvaer = demo.idOf("Tysvær kommune");
        login.as("lars");
        assertThatThrownBy(() -> phases.move(tysvaer, Phase.ANCHORING, "Samme", true))
                .hasFieldOrPropertyWithValue("messageKey", "case.error.samePhase");
    }

    @Test
    void ticking_and_unticking_a_step_records_who_and_when() {
        long tysvaer = demo.idOf("Tysvær kommune");
        login.as("hilde");
        long step = roadmap.phase(Phase.ANCHORING).steps().get(1).id();
        long ticksBefore = audits.countByCaseIdAndAction(tysvaer, "TICKED");
        long unticksBefore = audits.countByCaseIdAndAction(tysvaer, "UNTICKED");
        phases.tick(tysvaer, step, "Gjort på ledermøtet");
        StepTickInfo tick = phases.ticks(tysvaer).get(step);
        assertThat(tick.tickedBy()).isEqualTo("Hilde Rygg");
        assertThat(tick.note()).isEqualTo("Gjort på ledermøtet");
        phases.untick(tysvaer, step);
        assertThat(phases.ticks(tysvaer)).doesNotContainKey(step);
        assertThat(audits.countByCaseIdAndAction(tysvaer, "TICKED")).isEqualTo(ticksBefore + 1);
        assertThat(audits.countByCaseIdAndAction(tysvaer, "UNTICKED")).isEqualTo(unticksBefore + 1);
    }

    @Test
    void a_reader_of_a_shared_case_cannot_tick_or_move_it() {
        long voss = demo.idOf("Voss herad");
        login.as("ola");
        long step = roadmap.phase(Phase.IDEAS).steps().getLast().id();
        assertThatThrownBy(() -> phases.tick(voss, step, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> phases.move(voss, Phase.TESTING, "Nei", true)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_edited_roadmap_step_keeps_the_ticks_cases_made_on_it() {
        long klepp = demo.idOf("Klepp kommune");
        login.as("admin");
        var step = roadmap.phase(Phase.ANCHORING).steps().getFirst();
        assertThat(phases.ticks(klepp)).containsKey(step.id());
        roadmap.editStep(step.id(), step.version(), new no.ks.ledergaloppen.roadmap.StepDraft("Ny tittel",
                step.guidance(), step.tips(), null, null, null));
        assertThat(phases.ticks(klepp)).containsKey(step.id());
        assertThat(roadmap.phase(Phase.ANCHORING).steps().getFirst().title()).isEqualTo("Ny tittel");
    }
}
