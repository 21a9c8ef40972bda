package no.ks.ledergaloppen.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import no.ks.ledergaloppen.KaribuTest;
import no.ks.ledergaloppen.assignment.AnswerMode;
import no.ks.ledergaloppen.assignment.AnswerService;
import no.ks.ledergaloppen.assignment.AssignmentDraft;
import no.ks.ledergaloppen.assignment.AssignmentService;
import no.ks.ledergaloppen.assignment.JudgingService;
import no.ks.ledergaloppen.assignment.StatusRow;
import no.ks.ledergaloppen.gathering.GatheringService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The facilitator's verdict on an answer, as a keyboard user goes through it: the focus is never left on nothing. */
class VerdictUiTest extends KaribuTest {

    @Autowired
    AssignmentService assignments;
    @Autowired
    AnswerService answers;
    @Autowired
    JudgingService judging;
    @Autowired
    GatheringService gatherings;

    @Test
    @SuppressWarnings("unchecked")
    void after_returning_an_answer_and_releasing_the_feedback_the_facilitator_sees_the_answer_as_the_municipality_has_it_with_the_focus_on_its_heading() {
        long id = give();
        login("lars");
        answers.submit(id, null, "Tysværs svar");
        login("kari");
        navigate("assignments/" + id);
        Grid<StatusRow> grid = _get(Grid.class, spec -> spec.withId("answer-overview"));
        grid.asSingleSelect().setValue(tysvaer(id));
        _get(TextArea.class, spec -> spec.withId("feedback-text")).setValue("Hva sier søkerne selv?");
        _get(Checkbox.class, spec -> spec.withId("release-feedback-now")).setValue(false);
        _click(_get(Button.class, spec -> spec.withId("return-answer")));
        List<String> focused = focusedByTheNextAnswer();

        assertThat(review()).contains("Svar fra Tysvær kommune", "Sendt tilbake for revisjon", "Hva sier søkerne selv?",
                "Ikke frigitt");
        assertThat(focused).containsExactly("answer-review-heading");
        _click(_get(Button.class, spec -> spec.withId("release-feedback")));
        focused = focusedByTheNextAnswer();

        assertThat(review()).contains("Hva sier søkerne selv?", "Synlig for kommunen").doesNotContain("Ikke frigitt");
        _assertNone(Button.class, spec -> spec.withId("release-feedback"));
        assertThat(focused).containsExactly("answer-review-heading");
    }


    private static String review() {
        return _get(Div.class, spec -> spec.withId("answer-review")).getElement().getTextRecursively();
    }


    private long give() {
        login("kari");
        long gathering = gatherings.mine().stream().filter(g -> g.cohortName().equals("Pilot i vest") && g.number() == 2)
                .findFirst().orElseThrow().id();
        return assignments.create(new AssignmentDraft(gathering, "Hvem venter på hva",
                "Beskriv ventetiden slik søkerne opplever den.", null, null, AnswerMode.GROUP)).id();
    }

    private StatusRow tysvaer(long id) {
        return judging.overview(id).stream().filter(r -> r.municipality().equals("Tysvær kommune")).findFirst()
                .orElseThrow();
    }
}
