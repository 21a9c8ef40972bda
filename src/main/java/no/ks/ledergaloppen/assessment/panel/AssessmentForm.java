package no.ks.ledergaloppen.assessment.panel;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import no.ks.ledergaloppen.assessment.Assessment;
import no.ks.ledergaloppen.assessment.AssessmentDraft;
import no.ks.ledergaloppen.assessment.Foundation;
import no.ks.ledergaloppen.assessment.domain.FoundationAssessment;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.base.ui.DatePickers;
import no.ks.ledergaloppen.base.ui.FieldErrors;

/** Five rows, each a 0–5 choice and a comment, and the date of the assessment. */
class AssessmentForm extends Composite<VerticalLayout> {

    final DatePicker assessedOn = DatePickers.create("");
    final Map<Foundation, RadioButtonGroup<Integer>> scores = new EnumMap<>(Foundation.class);
    final Map<Foundation, TextField> comments = new EnumMap<>(Foundation.class);

    AssessmentForm(LocalDate today, Function<AssessmentDraft, Assessment> save, Consumer<Assessment> onSaved) {
        VerticalLayout content = getContent();
        content.setPadding(false);
        assessedOn.setLabel(getTranslation("foundations.date"));
        assessedOn.setValue(today);
        content.add(assessedOn);
        FieldErrors errors = new FieldErrors().map("assessedOn", assessedOn);
        for (Foundation f : Foundation.values()) {
            RadioButtonGroup<Integer> score = new RadioButtonGroup<>(getTranslation("foundation." + f.name()));
            score.setId("score-" + f.name());
            score.setItems(List.of(0, 1, 2, 3, 4, 5));
            score.addThemeVariants(RadioGroupVariant.LUMO_HELPER_ABOVE_FIELD);
            score.setHelperText(getTranslation("foundation." + f.name() + ".question"));
            TextField comment = new TextField();
            comment.setPlaceholder(getTranslation("foundations.comment"));
            comment.setAriaLabel(getTranslation("foundations.commentFor", getTranslation("foundation." + f.name())));
            comment.setMaxLength(FoundationAssessment.COMMENT_MAX);
            comment.setWidthFull();
            scores.put(f, score);
            comments.put(f, comment);
            errors.map("score." + f.name(), score).map("comment." + f.name(), comment);
            Div row = new Div(score, comment);
            row.addClassName("foundation-row");
            content.add(row);
        }
        Button saveButton = new Button(getTranslation("foundations.save"), e -> {
            scores.values().forEach(s -> s.setInvalid(false));
            try {
                onSaved.accept(save.apply(draft()));
            } catch (DomainException ex) {
                errors.show(ex);
            }
        });
        saveButton.setId("save-assessment");
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        content.add(saveButton);
    }

    AssessmentDraft draft() {
        Map<Foundation, Integer> s = new EnumMap<>(Foundation.class);
        Map<Foundation, String> c = new EnumMap<>(Foundation.class);
        scores.forEach((f, group) -> {
            if (group.getValue() != null) {
                s.put(f, group.getValue());
            }
        });
        comments.forEach((f, field) -> c.put(f, field.getValue()));
        return new AssessmentDraft(assessedOn.getValue(), s, c);
    }
}
