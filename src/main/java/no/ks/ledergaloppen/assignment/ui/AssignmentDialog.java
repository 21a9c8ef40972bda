package no.ks.ledergaloppen.assignment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import no.ks.ledergaloppen.assignment.AnswerMode;
import no.ks.ledergaloppen.assignment.AssignmentDraft;
import no.ks.ledergaloppen.assignment.AssignmentInfo;
import no.ks.ledergaloppen.assignment.AssignmentService;
import no.ks.ledergaloppen.assignment.domain.Assignment;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.base.ui.DatePickers;
import no.ks.ledergaloppen.base.ui.FieldErrors;
import no.ks.ledergaloppen.base.ui.Formats;
import no.ks.ledergaloppen.gathering.GatheringInfo;
import no.ks.ledergaloppen.gathering.GatheringService;
import no.ks.ledergaloppen.roadmap.RoadmapService;
import no.ks.ledergaloppen.roadmap.StepGuide;

/**
 * Gives a new assignment for a gathering. Choosing the gathering proposes the due date (the day before
 * the next gathering); the roadmap step is optional; group answers are the default.
 */
class AssignmentDialog extends Dialog {

    final ComboBox<GatheringInfo> gathering = new ComboBox<>();
    final TextField title = new TextField();
    final TextArea instructions = new TextArea();
    final DatePicker due = DatePickers.create("");
    final ComboBox<StepGuide> step = new ComboBox<>();
    final RadioButtonGroup<AnswerMode> mode = new RadioButtonGroup<>();

    AssignmentDialog(AssignmentService assignments, GatheringService gatherings, RoadmapService roadmap,
                     Consumer<AssignmentInfo> onSaved) {
        setHeaderTitle(getTranslation("assignment.new"));
        setWidth("min(48rem, 95vw)");
        List<GatheringInfo> mine = gatherings.mine().stream().filter(g -> gatherings.canPlan(g.cohortId())).toList();
        gathering.setLabel(getTranslation("assignment.field.gathering"));
        gathering.setId("assignment-gathering");
        gathering.setItems(mine);
        gathering.setItemLabelGenerator(g -> g.cohortName() + " · " + getTranslation("gathering.title", g.number(), g.theme())
                + " (" + Formats.date(g.date()) + ")");
        gathering.setWidthFull();
        gathering.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                assignments.defaultDueDate(e.getValue().id()).ifPresent(due::setValue);
            }
        });
        title.setLabel(getTranslation("assignment.field.title"));
        title.setId("assignment-title");
        title.setMaxLength(Assignment.TITLE_MAX);
        title.setWidthFull();
        instructions.setLabel(getTranslation("assignment.field.instructions"));
        instructions.setHelperText(getTranslation("assignment.field.instructionsHelp"));
        instructions.setId("assignment-instructions");
        instructions.setMaxLength(Assignment.INSTRUCTIONS_MAX);
        instructions.setMinRows(5);
        instructions.setWidthFull();
        due.setLabel(getTranslation("assignment.field.due"));
        due.setHelperText(getTranslation("assignment.field.dueHelp"));
        due.setId("assignment-due");
        due.setMin(LocalDate.now(Formats.OSLO));
        step.setLabel(getTranslation("assignment.field.step"));
        step.setId("assignment-step");
        step.setItems(roadmap.roadmap().stream().flatMap(p -> p.steps().stream()).toList());
        step.setItemLabelGenerator(s -> getTranslation("roadmap.phase." + s.phase().name()) + " – " + s.title());
        step.setClearButtonVisible(true);
        step.setWidthFull();
        mode.setLabel(getTranslation("assignment.field.mode"));
        mode.setId("assignment-mode");
        mode.setItems(AnswerMode.values());
        mode.setItemLabelGenerator(m -> getTranslation("assignment.mode." + m.name()));
        mode.setValue(AnswerMode.GROUP);
        VerticalLayout form = new VerticalLayout(gathering, title, instructions, due, step, mode);
        form.setPadding(false);
        add(form);
        FieldErrors errors = new FieldErrors().map("gathering", gathering).map("title", title)
                .map("instructions", instructions).map("dueDate", due).map("step", step);
        Button save = new Button(getTranslation("assignment.give"), e -> {
            gathering.setInvalid(false);
            title.setInvalid(false);
            instructions.setInvalid(false);
            due.setInvalid(false);
            try {
                AssignmentInfo saved = assignments.create(new AssignmentDraft(
                        gathering.getValue() == null ? null : gathering.getValue().id(), title.getValue(),
                        instructions.getValue(), due.getValue(), step.getValue() == null ? null : step.getValue().id(),
                        mode.getValue()));
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
