package no.ks.ledergaloppen.assignment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;
import no.ks.ledergaloppen.assignment.AssignmentInfo;
import no.ks.ledergaloppen.assignment.AssignmentService;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.base.ui.FieldErrors;
import no.ks.ledergaloppen.roadmap.RoadmapService;

/**
 * Changes a given assignment: title, instructions, due date and roadmap step. Those who have not handed in
 * are told of a new due date. A change someone else made meanwhile is not overwritten; the message says so.
 */
class EditAssignmentDialog extends Dialog {

    final AssignmentForm form;

    EditAssignmentDialog(AssignmentInfo assignment, AssignmentService assignments, RoadmapService roadmap, Clock clock,
                         Consumer<AssignmentInfo> onSaved) {
        setHeaderTitle(getTranslation("assignment.editTitle"));
        setWidth("min(48rem, 95vw)");
        form = new AssignmentForm(roadmap, clock);
        form.setValue(assignment.changes());
        if (assignment.dueDate().isBefore(LocalDate.now(clock))) {
            form.due.setMin(assignment.dueDate()); // a passed due date may stay; a new one may not lie in the past
        }
        form.due.setHelperText(getTranslation("assignment.field.dueChangeHelp"));
        Paragraph fixed = new Paragraph(getTranslation("assignment.editFixed", assignment.gatheringNumber(),
                getTranslation("assignment.mode." + assignment.mode().name())));
        fixed.addClassName("muted");
        add(fixed, form);
        FieldErrors errors = form.errors();
        Button save = new Button(getTranslation("action.save"), e -> {
            form.clearErrors();
            try {
                AssignmentInfo saved = assignments.update(assignment.id(), assignment.version(), form.value());
                close();
                onSaved.accept(saved);
            } catch (DomainException ex) {
                errors.show(ex);
            }
        });
        save.setId("save-assignment-changes");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
