package no.ks.ledergaloppen.learning.panel;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.base.ui.DatePickers;
import no.ks.ledergaloppen.base.ui.FieldErrors;
import no.ks.ledergaloppen.base.ui.Formats;
import no.ks.ledergaloppen.base.ui.Notifications;
import no.ks.ledergaloppen.base.ui.PlainText;
import no.ks.ledergaloppen.learning.JournalEntryInfo;
import no.ks.ledergaloppen.learning.JournalService;
import no.ks.ledergaloppen.learning.domain.JournalComment;
import no.ks.ledergaloppen.learning.domain.JournalEntry;

/**
 * The learning journal tab: the leader group writes dated entries, facilitators comment on them, and
 * every reader of the case reads them, newest first. A refused entry keeps its text in the editor.
 */
public class JournalPanel extends Composite<VerticalLayout> {

    private final java.time.Clock clock;

    private final long caseId;
    private final JournalService journal;
    private final Div entries = new Div();
    private final boolean canWrite;

    public JournalPanel(long caseId, JournalService journal, java.time.Clock clock) {
        this.clock = clock;
        this.caseId = caseId;
        this.journal = journal;
        this.canWrite = journal.canWrite(caseId);
        VerticalLayout content = getContent();
        content.setPadding(false);
        boolean canComment = journal.canComment(caseId);
        if (canWrite) {
            content.add(new Paragraph(getTranslation("journal.intro")), editor());
        } else if (canComment) {
            Paragraph note = new Paragraph(getTranslation("journal.facilitatorNote"));
            note.addClassName("muted");
            content.add(note);
        }
        entries.setId("journal-entries");
        entries.addClassName("journal");
        content.add(entries);
        renderEntries(canComment);
    }

    private Div editor() {
        DatePicker date = DatePickers.create(getTranslation("journal.date"));
        date.setId("journal-date");
        date.setValue(LocalDate.now(clock));
        date.setMax(LocalDate.now(clock));
        TextArea text = new TextArea(getTranslation("journal.text"));
        text.setId("journal-text");
        text.setWidthFull();
        text.setMinRows(3);
        text.setMaxLength(JournalEntry.TEXT_MAX);
        Checkbox inReport = new Checkbox(getTranslation("journal.inReport"));
        inReport.setId("journal-in-report");
        inReport.setTooltipText(getTranslation("journal.inReportHelp"));
        FieldErrors errors = new FieldErrors().map("date", date).map("text", text);
        Button write = new Button(getTranslation("journal.write"), e -> {
            date.setInvalid(false);
            text.setInvalid(false);
            try {
                journal.write(caseId, date.getValue(), text.getValue(), inReport.getValue());
                text.clear();
                inReport.clear();
                Notifications.success(getTranslation("journal.saved"));
                renderEntries(journal.canComment(caseId));
            } catch (DomainException ex) {
                errors.show(ex);
            }
        });
        write.setId("write-journal");
        write.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div editor = new Div(date, text, inReport, write);
        editor.addClassName("journal-editor");
        return editor;
    }

    private void renderEntries(boolean canComment) {
        entries.removeAll();
        var list = journal.entries(caseId);
        if (list.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("journal.none"));
            none.setId("journal-none");
            entries.add(none);
        }
        list.forEach(e -> entries.add(entry(e, canComment)));
    }

    private Div entry(JournalEntryInfo e, boolean canComment) {
        Div card = new Div();
        card.addClassName("card");
        card.addClassName("journal-entry");
        card.setId("journal-entry-" + e.id());
        Span meta = new Span(Formats.date(e.date()) + " · " + e.author());
        meta.addClassName("journal-meta");
        card.add(meta, PlainText.of(e.text()));
        if (canWrite) {
            card.add(reportToggle(e));
        } else if (e.inReport()) {
            Span marked = new Span(getTranslation("journal.markedForReport"));
            marked.addClassName("muted");
            card.add(marked);
        }
        for (JournalEntryInfo.Comment c : e.comments()) {
            Div comment = new Div();
            comment.addClassName("journal-comment");
            Span by = new Span(getTranslation("journal.commentBy", c.author(), Formats.dateTime(c.writtenAt())));
            by.addClassName("muted");
            comment.add(by, PlainText.of(c.text()));
            card.add(comment);
        }
        if (canComment) {
            card.add(commentEditor(e));
        }
        return card;
    }

    private Checkbox reportToggle(JournalEntryInfo e) {
        Checkbox toggle = new Checkbox(getTranslation("journal.inReport"), e.inReport());
        toggle.setId("in-report-" + e.id());
        toggle.addClassName("journal-in-report");
        toggle.addValueChangeListener(change -> {
            journal.includeInReport(e.id(), change.getValue());
            Notifications.success(getTranslation(change.getValue() ? "journal.addedToReport" : "journal.removedFromReport"));
        });
        return toggle;
    }

    private Div commentEditor(JournalEntryInfo e) {
        TextArea text = new TextArea();
        text.setId("comment-text-" + e.id());
        text.setPlaceholder(getTranslation("journal.comment"));
        text.setAriaLabel(getTranslation("journal.commentFor", e.author()));
        text.setWidthFull();
        text.setMaxLength(JournalComment.TEXT_MAX);
        FieldErrors errors = new FieldErrors().map("comment", text);
        Button send = new Button(getTranslation("journal.addComment"), click -> {
            text.setInvalid(false);
            try {
                journal.comment(e.id(), text.getValue());
                Notifications.success(getTranslation("journal.commented"));
                renderEntries(true);
            } catch (DomainException ex) {
                errors.show(ex);
            }
        });
        send.setId("add-comment-" + e.id());
        send.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Div box = new Div(text, send);
        box.addClassName("journal-comment-editor");
        return box;
    }
}
