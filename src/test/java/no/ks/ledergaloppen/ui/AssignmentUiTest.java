package no.ks.ledergaloppen.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.BlurNotifier;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import no.ks.ledergaloppen.KaribuTest;
import no.ks.ledergaloppen.TestClock;
import no.ks.ledergaloppen.assignment.AnswerMode;
import no.ks.ledergaloppen.assignment.AnswerService;
import no.ks.ledergaloppen.assignment.AnswerStatus;
import no.ks.ledergaloppen.assignment.AssignmentDraft;
import no.ks.ledergaloppen.assignment.AssignmentService;
import no.ks.ledergaloppen.assignment.CohortAssignment;
import no.ks.ledergaloppen.assignment.JudgingService;
import no.ks.ledergaloppen.assignment.MyAssignment;
import no.ks.ledergaloppen.assignment.StatusRow;
import no.ks.ledergaloppen.gathering.GatheringInfo;
import no.ks.ledergaloppen.gathering.GatheringService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AssignmentUiTest extends KaribuTest {

    @Autowired
    AssignmentService assignments;
    @Autowired
    AnswerService answers;
    @Autowired
    JudgingService judging;
    @Autowired
    GatheringService gatherings;
    @Autowired
    TestClock testClock;

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
        StatusRow haugesund = judging.overview(id).stream().filter(r -> r.municipality().equals("Haugesund kommune"))
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
        assertThat(answers.myAnswer(id).status()).isEqualTo(AnswerStatus.NOT_STARTED);
    }

    @Test
    @SuppressWarnings("unchecked")
    void after_a_returned_answer_is_handed_in_again_the_facilitator_starts_a_new_empty_feedback() {
        long id = give();
        login("ola");
        var first = answers.submit(id, null, "Første svar");
        login("kari");
        var returned = judging.returnForRevision(first.id(), first.version(), "Skriv mer om behovet", true);
        login("marte");
        answers.submit(id, returned.version(), "Andre svar, med behovet");

        login("kari");
        navigate("assignments/" + id);
        Grid<StatusRow> grid = _get(Grid.class, spec -> spec.withId("answer-overview"));
        grid.asSingleSelect().setValue(haugesund(id));
        TextArea feedback = _get(TextArea.class, spec -> spec.withId("feedback-text"));
        assertThat(feedback.getValue()).isEmpty();
        assertThat(_get(Div.class, spec -> spec.withId("answer-feedback")).getElement().getTextRecursively())
                .contains("Tidligere tilbakemeldinger", "Skriv mer om behovet");
        _click(_get(Button.class, spec -> spec.withId("approve-answer")));

        login("marte");
        navigate("assignments/" + id);
        assertThat(_get(Div.class, spec -> spec.withId("answer-feedback")).getElement().getTextRecursively())
                .contains("Skriv mer om behovet").doesNotContain("Godkjent ·");
        assertThat(answers.myAnswer(id).status()).isEqualTo(AnswerStatus.APPROVED);
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_facilitator_sees_which_municipalities_have_not_handed_in_and_a_draft_only_as_its_status() {
        long id = give();
        login("ola");
        answers.saveDraft(id, null, "Haugesunds hemmelige utkast");
        login("lars");
        answers.submit(id, null, "Tysværs svar");

        login("kari");
        navigate("assignments/" + id);
        assertThat(_get(Paragraph.class, spec -> spec.withId("not-delivered")).getText())
                .isEqualTo("Ikke levert ennå: Haugesund kommune, Klepp kommune, Kvam herad, Voss herad");
        Grid<StatusRow> grid = _get(Grid.class, spec -> spec.withId("answer-overview"));
        grid.asSingleSelect().setValue(haugesund(id));
        _assertOne(Paragraph.class, spec -> spec.withId("draft-is-theirs"));
        _assertNone(Div.class, spec -> spec.withId("review-text"));
        _assertNone(TextArea.class, spec -> spec.withId("feedback-text"));
        assertThat(_get(Div.class, spec -> spec.withId("answer-review")).getElement().getTextRecursively())
                .doesNotContain("hemmelige");
    }

    @Test
    void the_facilitator_changes_the_title_and_due_date_on_the_assignment_page() {
        long id = give();
        navigate("assignments/" + id);
        _click(_get(Button.class, spec -> spec.withId("edit-assignment")));
        TextField title = _get(TextField.class, spec -> spec.withId("assignment-title-field"));
        assertThat(title.getValue()).isEqualTo("Tjenestereise for egen sak");
        title.setValue("");
        _click(_get(Button.class, spec -> spec.withId("save-assignment-changes")));
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Må fylles ut");
        assertThat(assignments.get(id).title()).isEqualTo("Tjenestereise for egen sak");

        title.setValue("Tjenestereise, del 1");
        LocalDate due = testClock.today().plusDays(20);
        _get(DatePicker.class, spec -> spec.withId("assignment-due")).setValue(due);
        _click(_get(Button.class, spec -> spec.withId("save-assignment-changes")));
        assertThat(_get(H2.class, spec -> spec.withId("assignment-title")).getText()).isEqualTo("Tjenestereise, del 1");
        assertThat(assignments.get(id).dueDate()).isEqualTo(due);
    }

    @Test
    @SuppressWarnings("unchecked")
    void withdrawing_needs_a_reason_and_then_the_page_and_the_participants_see_it_is_withdrawn() {
        long id = give();
        navigate("assignments/" + id);
        _click(_get(Button.class, spec -> spec.withId("withdraw-assignment")));
        _click(_get(Button.class, spec -> spec.withId("confirm-withdraw")));
        TextArea reason = _get(TextArea.class, spec -> spec.withId("withdraw-reason"));
        assertThat(reason.getErrorMessage()).isEqualTo("Må fylles ut");
        assertThat(assignments.get(id).withdrawn()).isFalse();
        reason.setValue("Vi tar dette på neste samling.");
        _click(_get(Button.class, spec -> spec.withId("confirm-withdraw")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("withdrawn-notice")).getText())
                .contains("trukket tilbake", "Kari Nordmann", "Vi tar dette på neste samling.");
        _assertNone(Button.class, spec -> spec.withId("edit-assignment"));
        navigate("assignments");
        Grid<CohortAssignment> given = _get(Grid.class, spec -> spec.withId("given-assignments"));
        int row = GridKt._findAll(given).stream().map(c -> c.assignment().id()).toList().indexOf(id);
        assertThat(GridKt._getCellComponent(given, row, "title").getElement().getTextRecursively())
                .contains("Tjenestereise for egen sak", "Trukket tilbake");

        login("ola");
        reload(); // after logging in, the browser has a new page
        navigate("assignments");
        Grid<MyAssignment> mine = _get(Grid.class, spec -> spec.withId("my-assignments"));
        assertThat(mine.getListDataView().getItems()).noneMatch(m -> m.assignment().id() == id);
        navigate("assignments/" + id);
        assertThat(_get(Paragraph.class, spec -> spec.withId("withdrawn-notice")).getText())
                .contains("Vi tar dette på neste samling.");
        _assertNone(TextArea.class, spec -> spec.withId("answer-body"));
        _assertNone(Button.class, spec -> spec.withId("submit-answer"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_new_assignment_offers_only_coming_gatherings_with_the_cohort_in_the_name() {
        login("kari");
        navigate("assignments");
        _click(_get(Button.class, spec -> spec.withId("new-assignment")));
        ComboBox<GatheringInfo> gathering = _get(ComboBox.class, spec -> spec.withId("assignment-gathering"));
        List<GatheringInfo> offered = ComboBoxKt.getSuggestionItems(gathering);
        assertThat(offered).isNotEmpty().allMatch(g -> !g.date().isBefore(testClock.today()));
        assertThat(gathering.getItemLabelGenerator().apply(offered.getFirst())).startsWith(offered.getFirst().cohortName());
    }

    private StatusRow haugesund(long id) {
        return judging.overview(id).stream().filter(r -> r.municipality().equals("Haugesund kommune")).findFirst()
                .orElseThrow();
    }
}
