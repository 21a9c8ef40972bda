package no.ks.ledergaloppen.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.BlurNotifier;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import no.ks.ledergaloppen.KaribuTest;
import no.ks.ledergaloppen.assignment.AnswerMode;
import no.ks.ledergaloppen.assignment.AnswerStatus;
import no.ks.ledergaloppen.assignment.AssignmentDraft;
import no.ks.ledergaloppen.assignment.AssignmentService;
import no.ks.ledergaloppen.assignment.StatusRow;
import no.ks.ledergaloppen.gathering.GatheringService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AssignmentUiTest extends KaribuTest {

    @Autowired
    AssignmentService assignments;
    @Autowired
    GatheringService gatherings;

    private long give() {
        login("kari");
        long gathering = gatherings.mine().stream().filter(g -> g.cohortName().equals("Pilot i vest") && g.number() == 2)
                .findFirst().orElseThrow().id();
        return assignments.create(new AssignmentDraft(gathering, "Tjenestereise for egen sak",
                "Tegn tjenestereisen slik brukeren opplever den.", null, null, AnswerMode.GROUP)).id();
    }

    private static void blur(TextArea area) {
        ComponentUtil.fireEvent(area, new BlurNotifier.BlurEvent<>(area, true));
    }

    @Test
    @SuppressWarnings("unchecked")
    void participant_drafts_leaves_comes_back_submits_and_sees_the_feedback_the_facilitator_returned() {
        long id = give();
        login("ola");
        navigate("assignments/" + id);
        TextArea body = _get(TextArea.class, spec -> spec.withId("answer-body"));
        body.setValue("Første utkast: brukeren møter fem ulike ansatte.");
        blur(body);
        assertThat(_get(Span.class, spec -> spec.withId("saved-status")).getText()).startsWith("Lagret").contains("Ola Haugland");

        navigate("assignments");
        navigate("assignments/" + id);
        body = _get(TextArea.class, spec -> spec.withId("answer-body"));
        assertThat(body.getValue()).isEqualTo("Første utkast: brukeren møter fem ulike ansatte.");
        _click(_get(Button.class, spec -> spec.withId("submit-answer")));
        _assertNone(TextArea.class, spec -> spec.withId("answer-body"));
        assertThat(_get(Div.class, spec -> spec.withId("answer-text")).getElement().getTextRecursively())
                .contains("brukeren møter fem ulike ansatte");

        login("kari");
        navigate("assignments/" + id);
        Grid<StatusRow> grid = _get(Grid.class, spec -> spec.withId("answer-overview"));
        StatusRow haugesund = assignments.overview(id).stream().filter(r -> r.municipality().equals("Haugesund kommune"))
                .findFirst().orElseThrow();
        assertThat(haugesund.status()).isEqualTo(AnswerStatus.SUBMITTED);
        grid.asSingleSelect().setValue(haugesund);
        _click(_get(Button.class, spec -> spec.withId("return-answer")));
        TextArea feedback = _get(TextArea.class, spec -> spec.withId("feedback-text"));
        assertThat(feedback.getErrorMessage()).isEqualTo("Skriv en tilbakemelding som sier hva som må endres");
        feedback.setValue("Få med hva brukeren selv sier om overgangene.");
        _click(_get(Button.class, spec -> spec.withId("return-answer")));

        login("marte");
        navigate("assignments/" + id);
        assertThat(_get(Div.class, spec -> spec.withId("answer-feedback")).getElement().getTextRecursively())
                .contains("Få med hva brukeren selv sier om overgangene.", "Kari Nordmann");
        _assertOne(TextArea.class, spec -> spec.withId("answer-body"));
        assertThat(_get(TextArea.class, spec -> spec.withId("answer-body")).getValue())
                .startsWith("Første utkast");
    }

    @Test
    void an_empty_answer_cannot_be_submitted_and_the_message_says_so() {
        long id = give();
        login("ola");
        navigate("assignments/" + id);
        _click(_get(Button.class, spec -> spec.withId("submit-answer")));
        TextArea body = _get(TextArea.class, spec -> spec.withId("answer-body"));
        assertThat(body.isInvalid()).isTrue();
        assertThat(body.getErrorMessage()).isEqualTo("Svaret er tomt. Skriv noe før dere sender inn.");
        assertThat(assignments.myAnswer(id).status()).isEqualTo(AnswerStatus.NOT_STARTED);
    }
}
