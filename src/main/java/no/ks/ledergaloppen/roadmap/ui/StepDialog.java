package no.ks.ledergaloppen.roadmap.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.base.ui.FieldErrors;
import no.ks.ledergaloppen.roadmap.StepDraft;
import no.ks.ledergaloppen.roadmap.StepGuide;
import no.ks.ledergaloppen.roadmap.domain.RoadmapStep;

/** Writes or edits a step's texts (plain text; a blank line starts a new paragraph). */
class StepDialog extends Dialog {

    StepDialog(StepGuide editing, Consumer<StepDraft> save, Runnable onSaved) {
        setHeaderTitle(getTranslation(editing == null ? "roadmap.addStep" : "roadmap.editStep"));
        setWidth("min(48rem, 95vw)");
        TextField title = new TextField(getTranslation("roadmap.field.title"));
        title.setMaxLength(RoadmapStep.TITLE_MAX);
        TextArea guidance = area("roadmap.field.guidance", RoadmapStep.GUIDANCE_MAX);
        guidance.setHelperText(getTranslation("roadmap.field.plainTextHelp"));
        TextArea tips = area("roadmap.field.tips", RoadmapStep.TIPS_MAX);
        TextField exampleMunicipality = new TextField(getTranslation("roadmap.field.exampleMunicipality"));
        exampleMunicipality.setMaxLength(RoadmapStep.NAME_MAX);
        TextField exampleTitle = new TextField(getTranslation("roadmap.field.exampleTitle"));
        exampleTitle.setMaxLength(RoadmapStep.TITLE_MAX);
        TextArea exampleStory = area("roadmap.field.exampleStory", RoadmapStep.EXAMPLE_MAX);
        if (editing != null) {
            title.setValue(editing.title());
            guidance.setValue(editing.guidance());
            tips.setValue(nz(editing.tips()));
            exampleMunicipality.setValue(nz(editing.exampleMunicipality()));
            exampleTitle.setValue(nz(editing.exampleTitle()));
            exampleStory.setValue(nz(editing.exampleStory()));
        }
        FormLayout form = new FormLayout(title, guidance, tips, exampleMunicipality, exampleTitle, exampleStory);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        FieldErrors errors = new FieldErrors().map("title", title).map("guidance", guidance).map("tips", tips)
                .map("exampleMunicipality", exampleMunicipality).map("exampleTitle", exampleTitle)
                .map("exampleStory", exampleStory);
        Button saveButton = new Button(getTranslation("action.save"), e -> {
            try {
                save.accept(new StepDraft(title.getValue(), guidance.getValue(), tips.getValue(),
                        exampleMunicipality.getValue(), exampleTitle.getValue(), exampleStory.getValue()));
                close();
                onSaved.run();
            } catch (DomainException ex) {
                errors.show(ex);
            }
        });
        saveButton.setId("save-step");
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), saveButton);
    }

    private TextArea area(String labelKey, int max) {
        TextArea area = new TextArea(getTranslation(labelKey));
        area.setMaxLength(max);
        area.setMinHeight("6rem");
        return area;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
