package no.ks.ledergaloppen.innovationcase.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.VaadinService;
import java.time.Clock;
import java.time.LocalDate;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.base.ui.DatePickers;
import no.ks.ledergaloppen.base.ui.FieldErrors;
import no.ks.ledergaloppen.base.ui.Formats;
import no.ks.ledergaloppen.base.ui.Notifications;
import no.ks.ledergaloppen.innovationcase.CaseCompletion;
import no.ks.ledergaloppen.innovationcase.CaseCompletionService;
import no.ks.ledergaloppen.innovationcase.domain.InnovationCase;
import no.ks.ledergaloppen.roadmap.Phase;

/**
 * Nyttiggjort, on the case overview in Operations: since when and by whom the new practice is in regular use.
 * The leader group and facilitators record it; readers, and everyone once the case is finished, see it as text.
 */
class InUseSection extends Composite<VerticalLayout> {

    final DatePicker since = DatePickers.create("");
    final TextArea by = new TextArea();

    /** The section for a case, or an empty one outside Operations when nothing was recorded. */
    static InUseSection of(long caseId, Runnable reload) {
        var instantiator = VaadinService.getCurrent().getInstantiator();
        return new InUseSection(instantiator.getOrCreate(CaseCompletionService.class), instantiator
                .getOrCreate(Clock.class), caseId, reload);
    }

    InUseSection(CaseCompletionService completions, Clock clock, long caseId, Runnable reload) {
        CaseCompletion c = completions.completion(caseId);
        VerticalLayout content = getContent();
        content.setPadding(false);
        content.setId("in-use");
        if (c.phase() != Phase.OPERATIONS && !c.inUse()) {
            content.setVisible(false);
            return;
        }
        content.add(new H3(getTranslation("case.inUse.heading")));
        if (!c.canEdit() || c.finished() || c.phase() != Phase.OPERATIONS) {
            content.add(new Paragraph(c.inUse()
                    ? getTranslation("case.inUse.recorded", Formats.date(c.inUseSince()), c.inUseBy())
                    : getTranslation("case.inUse.notYet")));
            return;
        }
        content.add(new Paragraph(getTranslation("case.inUse.help")));
        since.setLabel(getTranslation("case.inUse.since"));
        since.setId("in-use-since");
        by.setId("in-use-by");
        since.setMax(LocalDate.now(clock));
        since.setValue(c.inUseSince());
        by.setLabel(getTranslation("case.inUse.by"));
        by.setHelperText(getTranslation("case.inUse.byHelp"));
        by.setMaxLength(InnovationCase.IN_USE_BY_MAX);
        by.setValue(c.inUseBy() == null ? "" : c.inUseBy());
        by.setWidthFull();
        FieldErrors errors = new FieldErrors().map("inUseSince", since).map("inUseBy", by);
        Button save = new Button(getTranslation("case.inUse.save"), e -> {
            try {
                completions.recordInUse(caseId, c.version(), since.getValue(), by.getValue());
                Notifications.success(getTranslation("case.inUse.saved"));
                reload.run();
            } catch (DomainException ex) {
                errors.show(ex);
            }
        });
        save.setId("save-in-use");
        content.add(since, by, save);
    }
}
