package no.ks.ledergaloppen.assignment.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import no.ks.ledergaloppen.assignment.AssignmentChanges;
import no.ks.ledergaloppen.assignment.domain.Assignment;
import no.ks.ledergaloppen.base.ui.DatePickers;
import no.ks.ledergaloppen.base.ui.FieldErrors;
import no.ks.ledergaloppen.roadmap.RoadmapService;
import no.ks.ledergaloppen.roadmap.StepGuide;

/** What an assignment asks and when it is due: the fields shared by giving and changing one. */
class AssignmentForm extends Composite<VerticalLayout> {

    final TextField title = new TextField();
    final TextArea instructions = new TextArea();
    final DatePicker due = DatePickers.create("");
    final ComboBox<StepGuide> step = new ComboBox<>();
    private final List<StepGuide> steps;

    AssignmentForm(RoadmapService roadmap, Clock clock) {
        title.setLabel(getTranslation("assignment.field.title"));
        title.setId("assignment-title-field");
        title.setMaxLength(Assignment.TITLE_MAX);
        title.setWidthFull();
        instructions.setLabel(getTranslation("assignment.field.instructions"));
        instructions.setHelperText(getTranslation("assignment.field.instructionsHelp"));
        instructions.setId("assignment-instructions-field");
        instructions.setMaxLength(Assignment.INSTRUCTIONS_MAX);
        instructions.setMinRows(5);
        instructions.setWidthFull();
        due.setLabel(getTranslation("assignment.field.due"));
        due.setHelperText(getTranslation("assignment.field.dueHelp"));
        due.setId("assignment-due");
        due.setMin(LocalDate.now(clock));
        steps = roadmap.roadmap().stream().flatMap(p -> p.steps().stream()).toList();
        step.setLabel(getTranslation("assignment.field.step"));
        step.setId("assignment-step");
        step.setItems(steps);
        step.setItemLabelGenerator(s -> getTranslation("roadmap.phase." + s.phase().name()) + " – " + s.title());
        step.setClearButtonVisible(true);
        step.setWidthFull();
        getContent().setPadding(false);
        getContent().add(title, instructions, due, step);
    }

    void setValue(AssignmentChanges value) {
        title.setValue(value.title());
        instructions.setValue(value.instructions());
        due.setValue(value.dueDate());
        step.setValue(steps.stream().filter(s -> value.stepId() != null && s.id() == value.stepId()).findFirst()
                .orElse(null));
    }

    AssignmentChanges value() {
        return new AssignmentChanges(title.getValue(), instructions.getValue(), due.getValue(),
                step.getValue() == null ? null : step.getValue().id());
    }

    FieldErrors errors() {
        return new FieldErrors().map("title", title).map("instructions", instructions).map("dueDate", due)
                .map("step", step);
    }

    void clearErrors() {
        title.setInvalid(false);
        instructions.setInvalid(false);
        due.setInvalid(false);
        step.setInvalid(false);
    }
}
