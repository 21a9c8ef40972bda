package no.ks.ledergaloppen.assignment.ui;

import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.time.Clock;
import java.util.function.Consumer;
import no.ks.ledergaloppen.assignment.AnswerMode;
import no.ks.ledergaloppen.assignment.AssignmentChanges;
import no.ks.ledergaloppen.assignment.AssignmentDraft;
import no.ks.ledergaloppen.assignment.AssignmentInfo;
import no.ks.ledergaloppen.assignment.AssignmentService;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.base.ui.FieldErrors;
import no.ks.ledergaloppen.base.ui.Formats;
import no.ks.ledergaloppen.gathering.GatheringInfo;
import no.ks.ledergaloppen.roadmap.RoadmapService;

/**
 * Gives a new assignment at one of the coming gatherings of the cohorts the facilitator runs. Choosing the
 * gathering proposes the due date (the day before the next gathering); the roadmap step is optional;
 * group answers are the default.
 */
class AssignmentDialog extends Dialog {

    final ComboBox<GatheringInfo> gathering = new ComboBox<>();
    final AssignmentForm form;
    final RadioButtonGroup<AnswerMode> mode = new RadioButtonGroup<>();

    AssignmentDialog(AssignmentService assignments, RoadmapService roadmap, Clock clock,
                     Consumer<AssignmentInfo> onSaved) {
        setHeaderTitle(getTranslation("assignment.new"));
        setWidth("min(48rem, 95vw)");
        form = new AssignmentForm(roadmap, clock);
        gathering.setLabel(getTranslation("assignment.field.gathering"));
        gathering.setId("assignment-gathering");
        gathering.setItems(query -> assignments.gatheringsToGive(query.getFilter().orElse(""),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        gathering.setItemLabelGenerator(g -> g.cohortName() + " · " + getTranslation("gathering.title", g.number(), g.theme())
                + " (" + Formats.date(g.date()) + ")");
        gathering.setHelperText(getTranslation("assignment.field.gatheringHelp"));
        gathering.setWidthFull();
        gathering.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                assignments.defaultDueDate(e.getValue().id()).ifPresent(form.due::setValue);
            }
        });
        mode.setLabel(getTranslation("assignment.field.mode"));
        mode.setId("assignment-mode");
        mode.setItems(AnswerMode.values());
        mode.setItemLabelGenerator(m -> getTranslation("assignment.mode." + m.name()));
        mode.setValue(AnswerMode.GROUP);
        VerticalLayout layout = new VerticalLayout(gathering, form, mode);
        layout.setPadding(false);
        add(layout);
        FieldErrors errors = form.errors().map("gathering", gathering);
        Button save = new Button(getTranslation("assignment.give"), e -> {
            gathering.setInvalid(false);
            form.clearErrors();
            AssignmentChanges value = form.value();
            try {
                AssignmentInfo saved = assignments.create(new AssignmentDraft(
                        gathering.getValue() == null ? null : gathering.getValue().id(), value.title(),
                        value.instructions(), value.dueDate(), value.stepId(), mode.getValue()));
                close();
                onSaved.accept(saved);
            } catch (DomainException ex) {
                errors.show(ex);
            }
        });
        save.setId("save-assignment");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
