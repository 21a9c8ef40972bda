package no.ks.ledergaloppen.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.ks.ledergaloppen.ServiceTest;
import no.ks.ledergaloppen.TestLogin;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@ServiceTest
class RoadmapServiceTest {

    @Autowired
    RoadmapService roadmap;
    @Autowired
    TestLogin login;

    @Test
    void every_phase_has_a_purpose_a_tip_and_at_least_three_steps_with_guidance_and_tools() {
        login.as("ola");
        var phases = roadmap.roadmap();
        assertThat(phases).extracting(PhaseGuide::phase).containsExactly(Phase.values());
        for (PhaseGuide phase : phases) {
            assertThat(phase.purpose()).isNotBlank();
            assertThat(phase.tip()).isNotBlank();
            assertThat(phase.steps()).hasSizeGreaterThanOrEqualTo(3);
            phase.steps().forEach(s -> {
                assertThat(s.guidance()).isNotBlank();
                assertThat(s.tools()).isNotEmpty();
            });
        }
    }

    @Test
    void the_operations_phase_follows_the_roadmap_text() {
        login.as("ola");
        var steps = roadmap.phase(Phase.OPERATIONS).steps();
        assertThat(steps).extracting(StepGuide::title)
                .containsExactly("Drifte tjenesten", "Måle og følge opp gevinster", "Forbedre og innovere");
        assertThat(steps.get(1).exampleMunicipality()).contains("Asker");
    }

    @Test
    void administrator_adds_reorders_and_retires_steps() {
        login.as("admin");
        StepGuide added = roadmap.addStep(Phase.INSIGHT, new StepDraft("Lage brukerreiser", "Tegn reisen.", null,
                null, null, null));
        var titles = roadmap.phase(Phase.INSIGHT).steps().stream().map(StepGuide::title).toList();
        assertThat(titles.getLast()).isEqualTo("Lage brukerreiser");
        roadmap.moveStep(added.id(), -1);
        titles = roadmap.phase(Phase.INSIGHT).steps().stream().map(StepGuide::title).toList();
        assertThat(titles.get(titles.size() - 2)).isEqualTo("Lage brukerreiser");
        roadmap.retireStep(added.id());
        assertThat(roadmap.phase(Phase.INSIGHT).steps()).extracting(StepGuide::title).doesNotContain("Lage brukerreiser");
        assertThat(roadmap.step(added.id())).isPresent();
    }

    @Test
    void a_step_without_title_or_guidance_is_refused() {
        login.as("admin");
        assertThatThrownBy(() -> roadmap.addStep(Phase.IDEAS, new StepDraft("", "x", null, null, null, null)))
                .hasFieldOrPropertyWithValue("field", "title");
        assertThatThrownBy(() -> roadmap.addStep(Phase.IDEAS, new StepDraft("Tittel", " ", null, null, null, null)))
                .hasFieldOrPropertyWithValue("field", "guidance");
    }

    @Test
    void only_administrators_edit_the_roadmap() {
        login.as("kari");
        StepGuide first = roadmap.phase(Phase.ANCHORING).steps().getFirst();
        assertThatThrownBy(() -> roadmap.editStep(first.id(), first.version(),
                new StepDraft("Kapret", "x", null, null, null, null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> roadmap.editPhase(Phase.ANCHORING, "x", "y")).isInstanceOf(AccessDeniedException.class);
    }
}
