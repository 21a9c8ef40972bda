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
import no.ks.ledergaloppen.assignment.AnswerMode;
import no.ks.ledergaloppen.assignment.AnswerStatus;
import no.ks.ledergaloppen.assignment.AnswerView;
import no.ks.ledergaloppen.assignment.AssignmentInfo;
import no.ks.ledergaloppen.assignment.AssignmentService;
import no.ks.ledergaloppen.assignment.AttachmentService;
import no.ks.ledergaloppen.assignment.StatusRow;
import no.ks.ledergaloppen.assignment.domain.Answer;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.base.ui.FieldErrors;
import no.ks.ledergaloppen.base.ui.Formats;
import no.ks.ledergaloppen.base.ui.Notifications;
import no.ks.ledergaloppen.base.ui.PlainText;

/**
 * The facilitator's side of an assignment: every municipality's status in one table, who has not
 * handed in, and the chosen answer with feedback, return and approve.
 */
class JudgePanel extends Composite<VerticalLayout> {

    private final AssignmentInfo assignment;
    private final AssignmentService assignments;
    private final AttachmentService attachments;
    private final Grid<StatusRow> grid = new Grid<>();
    private final Div review = new Div();
    private final Paragraph missing = new Paragraph();

    JudgePanel(AssignmentInfo assignment, AssignmentService assignments, AttachmentService attachments) {
        this.assignment = assignment;
        this.assignments = assignments;
        this.attachments = attachments;
        VerticalLayout content = getContent();
        content.setPadding(false);
        Paragraph help = new Paragraph(getTranslation("assignment.overviewHelp"));
        help.addClassName("muted");
        content.add(new H3(getTranslation("assignment.overview")), help);
        grid.setId("answer-overview");
        grid.addColumn(StatusRow::municipality).setHeader(getTranslation("assignment.col.municipality")).setAutoWidth(true);
        if (assignment.mode() == AnswerMode.INDIVIDUAL) {
            grid.addColumn(StatusRow::participant).setHeader(getTranslation("assignment.col.participant")).setAutoWidth(true);
        }
        grid.addComponentColumn(r -> StatusBadge.of(r.status(), false)).setHeader(getTranslation("assignment.col.status"))
                .setAutoWidth(true);
        grid.addColumn(r -> Formats.dateTime(r.submittedAt())).setHeader(getTranslation("assignment.col.submitted"))
                .setAutoWidth(true);
        grid.addColumn(r -> !r.hasFeedback() ? "" : getTranslation(r.feedbackReleased()
                ? "assignment.feedbackShown" : "assignment.feedbackHidden"))
                .setHeader(getTranslation("assignment.col.feedback")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
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

    private void refresh() {
        grid.setItems(assignments.overview(assignment.id()));
        List<String> names = assignments.notDelivered(assignment.id());
        missing.setText(names.isEmpty() ? getTranslation("assignment.allDelivered")
                : getTranslation("assignment.notDelivered", String.join(", ", names)));
    }

    void open(StatusRow row) {
        review.removeAll();
        String who = row.participant() == null ? row.municipality() : row.participant() + " (" + row.municipality() + ")";
        review.add(new H3(getTranslation("assignment.answerFor", who)));
        if (row.answerId() == null) {
            review.add(new Paragraph(getTranslation("assignment.notStarted")));
            return;
        }
        AnswerView answer = assignments.answer(row.answerId());
        review.add(StatusBadge.of(answer.status(), false));
        Div text = new Div(PlainText.of(answer.body()));
        text.addClassName("answer-text");
        text.setId("review-text");
        review.add(text, new AttachmentsSection(attachments, () -> attachments.of(answer.id()), null, null));
        if (answer.updatedAt() != null) {
            Paragraph when = new Paragraph(getTranslation("assignment.savedAt", Formats.dateTime(answer.updatedAt()),
                    answer.updatedBy()));
            when.addClassName("muted");
            review.add(when);
        }
        TextArea feedback = new TextArea(getTranslation("assignment.feedback"));
        feedback.setId("feedback-text");
        feedback.setWidthFull();
        feedback.setMinRows(4);
        feedback.setMaxLength(Answer.FEEDBACK_MAX);
        feedback.setValue(answer.feedback() == null ? "" : answer.feedback());
        Checkbox release = new Checkbox(getTranslation("assignment.releaseNow"), true);
        release.setId("release-feedback-now");
        FieldErrors errors = new FieldErrors().map("feedback", feedback);
        boolean submitted = answer.status() == AnswerStatus.SUBMITTED;
        Button returnIt = new Button(getTranslation("assignment.return"), e -> act(errors, () ->
                assignments.returnForRevision(answer.id(), answer.version(), feedback.getValue(), release.getValue()),
                "assignment.returned", row));
        returnIt.setId("return-answer");
        returnIt.setEnabled(submitted);
        Button approve = new Button(getTranslation("assignment.approve"), e -> act(errors, () ->
                assignments.approve(answer.id(), answer.version(), feedback.getValue(), release.getValue()),
                "assignment.approved", row));
        approve.setId("approve-answer");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approve.setEnabled(submitted);
        HorizontalLayout actions = new HorizontalLayout(returnIt, approve);
        if (!submitted) {
            feedback.setReadOnly(true);
            Paragraph why = new Paragraph(getTranslation("assignment.judgeOnlySubmitted"));
            why.addClassName("muted");
            review.add(why);
        }
        if (answer.feedback() != null && !answer.feedbackReleased()) {
            Button releaseNow = new Button(getTranslation("assignment.release"), e -> act(errors,
                    () -> assignments.releaseFeedback(answer.id()), "assignment.released", row));
            releaseNow.setId("release-feedback");
            actions.add(releaseNow);
        }
        review.add(feedback);
        if (submitted) {
            review.add(release);
        }
        review.add(actions);
    }

    private void act(FieldErrors errors, java.util.function.Supplier<AnswerView> action, String doneKey, StatusRow row) {
        try {
            action.get();
            Notifications.success(getTranslation(doneKey));
            refresh();
            review.removeAll();
        } catch (DomainException ex) {
            errors.show(ex);
        }
    }
}
