package no.ks.ledergaloppen.assignment.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Objects;
import no.ks.ledergaloppen.base.ChangedMeanwhileException;
import no.ks.ledergaloppen.assignment.AnswerView;
import no.ks.ledergaloppen.assignment.AssignmentInfo;
import no.ks.ledergaloppen.assignment.AnswerService;
import no.ks.ledergaloppen.assignment.AttachmentService;
import no.ks.ledergaloppen.assignment.domain.Answer;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.base.ui.FieldErrors;
import no.ks.ledergaloppen.base.ui.Focus;
import no.ks.ledergaloppen.base.ui.Formats;
import no.ks.ledergaloppen.base.ui.Notifications;
import no.ks.ledergaloppen.base.ui.PlainText;

/**
 * The participant's answer. The draft saves itself while typing (at most {@value #AUTOSAVE_MS} ms
 * apart) and when the editor loses focus; "Lagret 14:32" says when. If another member of the leader
 * group saved in between, nothing is overwritten: the message says who, and the text stays for copying.
 */
class AnswerEditor extends Composite<VerticalLayout> {

    static final int AUTOSAVE_MS = 10_000;

    private final AssignmentInfo assignment;
    private final AnswerService answers;
    private final AttachmentService attachments;
    private AnswerView answer;
    private String lastSaved;
    private boolean conflict;
    final TextArea body = new TextArea();
    final Span saved = new Span();
    private final Span unsaved = new Span();
    private HorizontalLayout head;

    AnswerEditor(AssignmentInfo assignment, AnswerService answers, AttachmentService attachments) {
        this.assignment = assignment;
        this.answers = answers;
        this.attachments = attachments;
        getContent().setPadding(false);
        getContent().setId("answer-editor");
        load();
    }

    private void load() {
        answer = answers.myAnswer(assignment.id());
        lastSaved = answer.body();
        conflict = false;
        render();
    }

    private void render() {
        VerticalLayout content = getContent();
        content.removeAll();
        H3 heading = new H3(getTranslation("assignment.answerFor", answer.owner()));
        heading.setId("answer-heading");
        heading.getElement().setAttribute("tabindex", "-1"); // focusable from code, not a Tab stop
        HorizontalLayout head = new HorizontalLayout(heading, StatusBadge.of(answer.status(), false));
        head.setId("answer-head");
        this.head = head;
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        head.setWrap(true);
        content.add(head);
        if (!answer.feedback().isEmpty()) {
            content.add(new FeedbackHistory(answer.feedback(), false));
        }
        if (!answer.status().editable() || assignment.withdrawn()) {
            Div text = new Div(PlainText.of(answer.body()));
            text.setId("answer-text");
            text.addClassName("answer-text");
            Paragraph when = new Paragraph(lastChange());
            when.addClassName("muted");
            content.add(text, new AttachmentsSection(attachments, () -> attachments.mine(assignment.id()), null, null), when);
            return;
        }
        body.setId("answer-body");
        body.setLabel(getTranslation("assignment.answer"));
        body.setWidthFull();
        body.setMinRows(12);
        body.setMaxLength(Answer.BODY_MAX);
        body.setValue(answer.body());
        body.setValueChangeMode(ValueChangeMode.TIMEOUT);
        body.setValueChangeTimeout(AUTOSAVE_MS);
        body.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                save();
            }
        });
        body.addBlurListener(e -> save());
        saved.setId("saved-status");
        saved.addClassName("muted");
        // read out by screen readers when it changes ("Lagret 14:32"), without moving the focus
        saved.getElement().setAttribute("role", "status");
        unsavedMarker();
        showSaved();
        Button submit = new Button(getTranslation("assignment.submit"), e -> submit());
        submit.setId("submit-answer");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout actions = new HorizontalLayout(submit, saved, unsaved);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        content.add(body, new AttachmentsSection(attachments, () -> attachments.mine(assignment.id()), assignment.id(),
                this::afterUpload), actions);
    }

    /**
     * "Endringene er ikke lagret ennå" from the first key typed after a save until the text as it stands is saved:
     * the status alone kept saying "Lagret" after the first save of a burst, while the rest of it waited up to
     * {@value #AUTOSAVE_MS} ms for the next one (and was lost by a reload before then).
     */
    private void unsavedMarker() {
        unsaved.setText(getTranslation("assignment.unsavedChanges"));
        unsaved.setId("unsaved-status");
        unsaved.addClassName("muted");
        unsaved.getElement().setAttribute("hidden", true);
        body.getElement().executeJs("const area = this; area.__saved = $1;"
                + " area.addEventListener('input', () => $0.hidden = area.value === area.__saved);", unsaved, lastSaved);
    }

    /** An upload may have created the answer: take the new version, keep what is typed. */
    private void afterUpload() {
        AnswerView fresh = answers.myAnswer(assignment.id());
        if (answer.id() == null) {
            answer = fresh;
            lastSaved = fresh.body();
            save();
        }
    }

    /** Saves the draft when the text changed since the last save. */
    void save() {
        if (conflict || Objects.equals(body.getValue(), lastSaved)) {
            return;
        }
        try {
            answer = answers.saveDraft(assignment.id(), answer.version(), body.getValue());
            lastSaved = answer.body();
            body.setInvalid(false);
            showSaved();
            body.getElement().executeJs("this.__saved = $0; $1.hidden = this.value === $0;", lastSaved, unsaved);
        } catch (ChangedMeanwhileException e) {
            showConflict(e);
        } catch (DomainException e) {
            new FieldErrors().map("body", body).show(e);
        }
    }

    private void submit() {
        try {
            answer = answers.submit(assignment.id(), answer.version(), body.getValue());
            lastSaved = answer.body();
            Notifications.success(getTranslation("assignment.submitted"));
            render();
            // "Send inn" is gone with the editor: the keyboard focus goes to the answer's heading, not to the body
            Focus.onElement("answer-heading");
        } catch (ChangedMeanwhileException e) {
            showConflict(e);
        } catch (DomainException e) {
            new FieldErrors().map("body", body).show(e);
        }
    }

    /** When a locked answer was handed in, or last saved if the assignment was withdrawn before that. */
    private String lastChange() {
        if (answer.status().delivered()) {
            return getTranslation("assignment.submittedBy", answer.submittedBy(), Formats.dateTime(answer.submittedAt()));
        }
        return answer.updatedAt() == null ? getTranslation("assignment.notStarted")
                : getTranslation("assignment.savedAt", Formats.dateTime(answer.updatedAt()), answer.updatedBy());
    }

    private void showSaved() {
        if (head != null && head.getComponentCount() == 2) {
            head.replace(head.getComponentAt(1), StatusBadge.of(answer.status(), false));
        }
        saved.setText(answer.updatedAt() == null ? getTranslation("assignment.notSaved")
                : getTranslation("assignment.savedAt", Formats.time(answer.updatedAt()), answer.updatedBy()));
    }

    private void showConflict(ChangedMeanwhileException e) {
        conflict = true;
        String mine = e.yours(String.class);
        Paragraph message = new Paragraph(FieldErrors.message(e));
        message.setId("answer-conflict");
        TextArea yours = new TextArea(getTranslation("assignment.yourText"));
        yours.setValue(mine == null ? "" : mine);
        yours.setReadOnly(true);
        yours.setWidthFull();
        yours.setId("your-text");
        Button reload = new Button(getTranslation("case.conflict.reload"), click -> load());
        reload.setId("reload-answer");
        Div box = new Div(message, yours, reload);
        box.addClassName("conflict");
        getContent().addComponentAtIndex(1, box);
        body.setReadOnly(true);
    }
}
