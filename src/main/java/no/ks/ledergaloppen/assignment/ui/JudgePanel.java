package no.ks.ledergaloppen.assignment.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.function.Supplier;
import no.ks.ledergaloppen.assignment.AnswerMode;
import no.ks.ledergaloppen.assignment.AnswerStatus;
import no.ks.ledergaloppen.assignment.AnswerView;
import no.ks.ledergaloppen.assignment.AssignmentInfo;
import no.ks.ledergaloppen.assignment.AttachmentService;
import no.ks.ledergaloppen.assignment.JudgingService;
import no.ks.ledergaloppen.assignment.StatusRow;
import no.ks.ledergaloppen.assignment.domain.AnswerFeedback;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.base.ui.FieldErrors;
import no.ks.ledergaloppen.base.ui.Formats;
import no.ks.ledergaloppen.base.ui.Notifications;
import no.ks.ledergaloppen.base.ui.PlainText;

/**
 * The facilitator's side of an assignment: every municipality's status in one table, who has not handed
 * in, and the chosen answer with its feedback history. A handed-in answer gets a new verdict, which
 * always starts from an empty feedback. A draft is not shown: it is the leader group's own.
 */
class JudgePanel extends Composite<VerticalLayout> {

    private final AssignmentInfo assignment;
    private final JudgingService judging;
    private final AttachmentService attachments;
    private final Grid<StatusRow> grid = new Grid<>();
    private final Div review = new Div();
    private final Paragraph missing = new Paragraph();

    JudgePanel(AssignmentInfo assignment, JudgingService judging, AttachmentService attachments) {
        this.assignment = assignment;
        this.judging = judging;
        this.attachments = attachments;
        VerticalLayout content = getContent();
        content.setPadding(false);
        content.addClassName("judge-panel");
        Paragraph help = new Paragraph(getTranslation("assignment.overviewHelp"));
        help.addClassName("muted");
        content.add(new H3(getTranslation("assignment.overview")), help);
        grid.setId("answer-overview");
        grid.addClassName("status-grid");
        grid.addColumn(StatusRow::municipality).setHeader(getTranslation("assignment.col.municipality"))
                .setWidth("11rem").setFlexGrow(1);
        if (assignment.mode() == AnswerMode.INDIVIDUAL) {
            grid.addColumn(StatusRow::participant).setHeader(getTranslation("assignment.col.participant"))
                    .setWidth("10rem").setFlexGrow(1);
        }
        grid.addComponentColumn(r -> StatusBadge.of(r.status(), false)).setHeader(getTranslation("assignment.col.status"))
                .setWidth("13rem").setFlexGrow(0);
        grid.addColumn(r -> Formats.dateTime(r.submittedAt())).setHeader(getTranslation("assignment.col.submitted"))
                .setWidth("9.5rem").setFlexGrow(0);
        grid.addColumn(r -> !r.hasFeedback() ? "" : getTranslation(r.feedbackReleased()
                ? "assignment.feedbackShown" : "assignment.feedbackHidden"))
                .setHeader(getTranslation("assignment.col.feedback")).setWidth("10rem").setFlexGrow(0);
        grid.setWidthFull();
        grid.setHeight("22rem");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                open(e.getValue());
            }
        });
        missing.setId("not-delivered");
        review.setId("answer-review");
        review.addClassName("answer-review");
        content.add(grid, missing, review);
        refresh();
    }

    private List<StatusRow> refresh() {
        List<StatusRow> rows = judging.overview(assignment.id());
        // Bounded by the cohort: one row per municipality (5–8) or per leader-group member.
        grid.setItems(rows);
        List<String> names = judging.notDelivered(assignment.id());
        missing.setText(names.isEmpty() ? getTranslation("assignment.allDelivered")
                : getTranslation("assignment.notDelivered", String.join(", ", names)));
        return rows;
    }

    void open(StatusRow row) {
        review.removeAll();
        String who = row.participant() == null ? row.municipality() : row.participant() + " (" + row.municipality() + ")";
        H3 heading = new H3(getTranslation("assignment.answerFor", who));
        heading.setId("answer-review-heading");
        heading.getElement().setAttribute("tabindex", "-1"); // takes the focus after a verdict, see act
        review.add(heading);
        if (row.answerId() == null) {
            review.add(new Paragraph(getTranslation("assignment.notStarted")));
            return;
        }
        AnswerView answer = judging.answer(row.answerId());
        review.add(StatusBadge.of(answer.status(), false));
        if (answer.body() == null) {
            Paragraph draft = new Paragraph(getTranslation("assignment.draftIsTheirs"));
            draft.setId("draft-is-theirs");
            draft.addClassName("muted");
            review.add(draft);
        } else {
            Div text = new Div(PlainText.of(answer.body()));
            text.addClassName("answer-text");
            text.setId("review-text");
            Paragraph when = new Paragraph(getTranslation("assignment.submittedBy", answer.submittedBy(),
                    Formats.dateTime(answer.submittedAt())));
            when.addClassName("muted");
            review.add(text, new AttachmentsSection(attachments, () -> attachments.of(answer.id()), null, null), when);
        }
        if (!answer.feedback().isEmpty()) {
            review.add(new FeedbackHistory(answer.feedback(), true));
        }
        if (assignment.withdrawn()) {
            return;
        }
        if (answer.status() == AnswerStatus.SUBMITTED) {
            review.add(verdict(answer));
        }
        if (answer.feedback().stream().anyMatch(f -> f.text() != null && !f.released())) {
            Button releaseNow = new Button(getTranslation("assignment.release"), e -> act(new FieldErrors(),
                    () -> judging.releaseFeedback(answer.id()), "assignment.released"));
            releaseNow.setId("release-feedback");
            review.add(releaseNow);
        }
    }

    /** A new verdict on a handed-in answer: the feedback starts empty, whatever was said before. */
    private Div verdict(AnswerView answer) {
        TextArea feedback = new TextArea(getTranslation("assignment.newFeedback"));
        feedback.setId("feedback-text");
        feedback.setWidthFull();
        feedback.setMinRows(4);
        feedback.setMaxLength(AnswerFeedback.FEEDBACK_MAX);
        Checkbox release = new Checkbox(getTranslation("assignment.releaseNow"), true);
        release.setId("release-feedback-now");
        FieldErrors errors = new FieldErrors().map("feedback", feedback);
        Button returnIt = new Button(getTranslation("assignment.return"), e -> act(errors, () ->
                judging.returnForRevision(answer.id(), answer.version(), feedback.getValue(), release.getValue()),
                "assignment.returned"));
        returnIt.setId("return-answer");
        Button approve = new Button(getTranslation("assignment.approve"), e -> act(errors, () ->
                judging.approve(answer.id(), answer.version(), feedback.getValue(), release.getValue()),
                "assignment.approved"));
        approve.setId("approve-answer");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div box = new Div(feedback, release, new HorizontalLayout(returnIt, approve));
        box.addClassName("verdict");
        return box;
    }

    /**
     * Gives the verdict, then shows the answer again as the municipality now has it (status, feedback, whether it is
     * visible) and moves the focus to its heading: the button pressed is gone, and the focus must not fall to the page.
     */
    private void act(FieldErrors errors, Supplier<AnswerView> action, String doneKey) {
        try {
            long answerId = action.get().id();
            Notifications.success(getTranslation(doneKey));
            review.removeAll();
            refresh().stream().filter(r -> Long.valueOf(answerId).equals(r.answerId())).findFirst()
                    .ifPresent(row -> {
                        grid.asSingleSelect().setValue(row); // opens it, unless it was chosen already
                        if (review.getComponentCount() == 0) {
                            open(row);
                        }
                    });
            review.getChildren().findFirst().ifPresent(heading -> heading.getElement().callJsFunction("focus"));
        } catch (DomainException ex) {
            errors.show(ex);
        }
    }
}
