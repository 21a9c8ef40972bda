package no.ks.ledergaloppen.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.ks.ledergaloppen.assessment.panel.FoundationsPanel;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.component.textfield.TextArea;
import no.ks.ledergaloppen.KaribuTest;
import no.ks.ledergaloppen.TestCases;
import no.ks.ledergaloppen.base.ui.NotFoundView;
import no.ks.ledergaloppen.innovationcase.PhaseService;
import no.ks.ledergaloppen.innovationcase.ui.CaseLayout;
import no.ks.ledergaloppen.roadmap.Phase;
import no.ks.ledergaloppen.roadmap.RoadmapService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CaseWorkspaceUiTest extends KaribuTest {

    @Autowired
    no.ks.ledergaloppen.assessment.AssessmentService assessments;

    @Autowired
    TestCases demo;
    @Autowired
    RoadmapService roadmap;
    @Autowired
    PhaseService phases;
    @Autowired
    no.ks.ledergaloppen.innovationcase.CaseService caseService;

    /** Follows the link to a tab of the workspace by its id (tab-overview, tab-steps, tab-foundations, tab-history...). */
    static void openTab(String id) {
        UI.getCurrent().navigate(_get(RouterLink.class, spec -> spec.withId(id)).getHref());
    }

    @Test
    @SuppressWarnings("unchecked")
    void participant_ticks_a_step_and_moves_the_case_back_with_a_reason_and_sees_it_in_the_history() {
        long haugesund = demo.idOf("Haugesund kommune");
        login("ola");
        navigate("cases/" + haugesund);
        _assertOne(CaseLayout.class);
        openTab("tab-steps");
        long stepId = roadmap.phase(Phase.TESTING).steps().get(1).id();
        Checkbox step = _get(Checkbox.class, spec -> spec.withId("step-" + stepId));
        assertThat(step.getValue()).isFalse();
        step.setValue(true);
        assertThat(phases.ticks(haugesund)).containsKey(stepId);
        // the row changes in place: the same checkbox (which keeps the keyboard focus) says who ticked it
        assertThat(_get(Checkbox.class, spec -> spec.withId("step-" + stepId))).isSameAs(step);
        assertThat(step.getParent().orElseThrow().getElement().getTextRecursively()).contains("Ola Haugland krysset av");
        openTab("tab-steps");
        assertThat(_get(Checkbox.class, spec -> spec.withId("step-" + stepId)).getValue()).isTrue();

        _click(_get(Button.class, spec -> spec.withId("move-phase")));
        ((ComboBox<Phase>) _get(ComboBox.class, spec -> spec.withId("move-target"))).setValue(Phase.INSIGHT);
        _get(TextArea.class, spec -> spec.withId("move-reason")).setValue("Testen viste at vi må forstå nattbehovet bedre");
        _click(_get(Button.class, spec -> spec.withId("confirm-move")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("moved-back")).getText())
                .startsWith("Flyttet tilbake fra Testing").endsWith("av Ola Haugland");

        openTab("tab-history");
        String history = _get(UnorderedList.class, spec -> spec.withId("history")).getElement().getTextRecursively();
        assertThat(history).contains("Flyttet tilbake fra Testing til Innsikt",
                "Testen viste at vi må forstå nattbehovet bedre", "Ola Haugland");
    }

    @Test
    void a_move_without_a_reason_shows_the_message_and_keeps_the_dialog_open_with_the_focus_on_the_reason() {
        long haugesund = demo.idOf("Haugesund kommune");
        login("ola");
        navigate("cases/" + haugesund);
        _click(_get(Button.class, spec -> spec.withId("move-phase")));
        @SuppressWarnings("unchecked")
        ComboBox<Phase> target = _get(ComboBox.class, spec -> spec.withId("move-target"));
        target.setValue(Phase.IDEAS);
        _click(_get(Button.class, spec -> spec.withId("confirm-move")));
        List<String> focused = focusedByTheNextAnswer();
        TextArea reason = _get(TextArea.class, spec -> spec.withId("move-reason"));
        assertThat(focused).containsExactly("move-reason");
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Må fylles ut");
        assertThat(phases.history(haugesund).getFirst().to()).isEqualTo(Phase.TESTING);
    }

    @Test
    void another_municipalitys_participant_cannot_open_a_private_case_but_reads_a_shared_one_without_edit_controls() {
        long kvam = demo.idOf("Kvam herad");
        long voss = demo.idOf("Voss herad");
        login("ola");
        navigate("cases/" + kvam);
        _assertNone(CaseLayout.class);
        _assertOne(NotFoundView.class);

        navigate("cases/" + voss);
        _assertOne(CaseLayout.class);
        _assertOne(Paragraph.class, spec -> spec.withId("read-only-note"));
        _assertNone(Button.class, spec -> spec.withId("move-phase"));
        _assertNone(Button.class, spec -> spec.withId("save-case"));
        assertThat(_get(TextArea.class, spec -> spec.withId("need-statement")).isReadOnly()).isTrue();
        openTab("tab-steps");
        assertThat(_find(Checkbox.class)).isNotEmpty().allMatch(Checkbox::isReadOnly);
        openTab("tab-foundations");
        _assertOne(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("foundations-result"));
        _assertNone(Button.class, spec -> spec.withId("save-assessment"));
        _assertNone(Button.class, spec -> spec.withId("new-assessment"));
    }

    @Test
    void facilitator_sees_every_case_of_their_cohorts() {
        login("kari");
        navigate("cases");
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("cases"));
        assertThat(GridKt._size(grid)).isEqualTo(12); // the programme's eleven, and the one Haugesund made from an idea
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_zero_score_turns_the_result_red_and_names_the_foundation_that_sinks_the_case() {
        long haugesund = demo.idOf("Haugesund kommune");
        login("ola");
        navigate("cases/" + haugesund);
        openTab("tab-foundations");
        _assertNone(Button.class, spec -> spec.withId("save-assessment"));
        _click(_get(Button.class, spec -> spec.withId("new-assessment")));
        for (String f : new String[] {"NEED", "SOLUTION_VALUE", "TEAM", "ANCHORING"}) {
            ((RadioButtonGroup<Integer>) _get(RadioButtonGroup.class, spec -> spec.withId("score-" + f))).setValue(4);
        }
        ((RadioButtonGroup<Integer>) _get(RadioButtonGroup.class, spec -> spec.withId("score-DRIVER"))).setValue(0);
        _click(_get(Button.class, spec -> spec.withId("save-assessment")));
        Div result = _get(Div.class, spec -> spec.withId("foundations-result"));
        assertThat(result.getClassNames()).contains("zero");
        assertThat(_get(Paragraph.class, spec -> spec.withId("zero-warning")).getText())
                .startsWith("Pådriver har fått 0");
        assertThat(result.getElement().getTextRecursively()).contains("Resultat: 0 av 3");
    }

    @Test
    void a_score_left_out_shows_the_message_under_that_foundation_and_saves_nothing() {
        long haugesund = demo.idOf("Haugesund kommune");
        login("ola");
        navigate("cases/" + haugesund);
        openTab("tab-foundations");
        int before = assessments.history(haugesund).size();
        _click(_get(Button.class, spec -> spec.withId("new-assessment")));
        _click(_get(Button.class, spec -> spec.withId("save-assessment")));
        RadioButtonGroup<?> need = _get(RadioButtonGroup.class, spec -> spec.withId("score-NEED"));
        assertThat(need.isInvalid()).isTrue();
        assertThat(need.getErrorMessage()).isEqualTo("Velg en score fra 0 til 5");
        assertThat(assessments.history(haugesund)).hasSize(before);
    }

    @Test
    void every_tab_opens_directly_by_its_address_with_the_header_and_only_that_tab_built() {
        long haugesund = demo.idOf("Haugesund kommune");
        login("ola");
        Map<String, String> tabs = Map.of("", "tab-overview", "/steps", "tab-steps", "/blt", "tab-blt",
                "/foundations", "tab-foundations", "/benefits", "tab-benefits", "/journal", "tab-journal",
                "/history", "tab-history");
        String title = caseService.details(haugesund).summary().title();
        tabs.forEach((path, linkId) -> {
            navigate("cases/" + haugesund + path);
            _assertOne(CaseLayout.class);
            assertThat(_get(H2.class, spec -> spec.withId("case-title")).getText()).isEqualTo(title);
            List<RouterLink> current = _find(RouterLink.class, spec -> spec.withClasses("case-tab-link"))
                    .stream().filter(l -> "page".equals(l.getElement().getAttribute("aria-current"))).toList();
            assertThat(current).as(path).extracting(RouterLink::getId).containsExactly(Optional.of(linkId));
        });
        navigate("cases/" + haugesund + "/history");
        _assertOne(UnorderedList.class, spec -> spec.withId("history"));
        _assertNone(FoundationsPanel.class);
        _assertNone(TextArea.class, spec -> spec.withId("need-statement"));
        _assertNone(Checkbox.class);
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Historikk – " + title);
    }

    @Test
    void every_tab_address_of_another_municipalitys_private_case_is_refused() {
        long kvam = demo.idOf("Kvam herad");
        login("ola");
        for (String path : List.of("", "/steps", "/blt", "/foundations", "/benefits", "/journal", "/history")) {
            navigate("cases/" + kvam + path);
            _assertNone(CaseLayout.class);
            _assertOne(NotFoundView.class);
        }
    }

    @Test
    void moving_the_phase_from_the_steps_tab_shows_the_new_phases_steps_at_once() {
        long haugesund = demo.idOf("Haugesund kommune");
        login("ola");
        navigate("cases/" + haugesund + "/steps");
        long testingStep = roadmap.phase(Phase.TESTING).steps().getFirst().id();
        _assertOne(Checkbox.class, spec -> spec.withId("step-" + testingStep));
        _click(_get(Button.class, spec -> spec.withId("move-phase")));
        @SuppressWarnings("unchecked")
        ComboBox<Phase> target = _get(ComboBox.class, spec -> spec.withId("move-target"));
        target.setValue(Phase.IDEAS);
        _get(TextArea.class, spec -> spec.withId("move-reason")).setValue("Vi trenger flere idéer før neste test");
        _click(_get(Button.class, spec -> spec.withId("confirm-move")));
        long ideasStep = roadmap.phase(Phase.IDEAS).steps().getFirst().id();
        _assertOne(Checkbox.class, spec -> spec.withId("step-" + ideasStep));
        _assertNone(Checkbox.class, spec -> spec.withId("step-" + testingStep));
    }

}
