package no.ks.ledergaloppen.innovationcase.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.base.ui.FieldErrors;
import no.ks.ledergaloppen.base.ui.Formats;
import no.ks.ledergaloppen.base.ui.Notifications;
import no.ks.ledergaloppen.base.ChangedMeanwhileException;
import no.ks.ledergaloppen.innovationcase.CaseDetails;
import no.ks.ledergaloppen.innovationcase.CaseFields;
import no.ks.ledergaloppen.innovationcase.CaseService;
import no.ks.ledergaloppen.innovationcase.Visibility;
import no.ks.ledergaloppen.innovationcase.domain.InnovationCase;

/**
 * The case's description: need, target group, driver, team, anchoring, and who may read it. When
 * someone else saved in between, the save is refused with who and when, and the text typed here is
 * kept beside a reload button so it can be copied over.
 */
class OverviewTab extends Composite<VerticalLayout> {

    final TextField title = new TextField();
    final TextArea need = new TextArea();
    final TextArea targetGroup = new TextArea();
    final TextArea driver = new TextArea();
    final TextArea team = new TextArea();
    final TextArea anchoring = new TextArea();
    final RadioButtonGroup<Visibility> visibility = new RadioButtonGroup<>();
    private final Div conflict = new Div();

    OverviewTab(CaseDetails details, CaseService cases, Runnable reload) {
        VerticalLayout content = getContent();
        content.setPadding(false);
        title.setLabel(getTranslation("case.field.title"));
        title.setMaxLength(InnovationCase.TITLE_MAX);
        setUp(need, "case.field.need", InnovationCase.NEED_MAX);
        need.setId("need-statement");
        need.setHelperText(getTranslation("case.field.needHelp"));
        setUp(targetGroup, "case.field.targetGroup", InnovationCase.FIELD_MAX);
        setUp(driver, "case.field.driver", InnovationCase.FIELD_MAX);
        setUp(team, "case.field.team", InnovationCase.FIELD_MAX);
        setUp(anchoring, "case.field.anchoring", InnovationCase.FIELD_MAX);
        visibility.setLabel(getTranslation("case.field.visibility"));
        visibility.setItems(Visibility.values());
        visibility.setItemLabelGenerator(v -> getTranslation("case.visibility.help." + v.name()));
        read(details.fields());
        conflict.setId("conflict");
        conflict.addClassName("conflict");
        conflict.setVisible(false);
        FormLayout form = new FormLayout(title, need, targetGroup, driver, team, anchoring, visibility);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("50rem", 2));
        form.setColspan(title, 2);
        form.setColspan(need, 2);
        form.setColspan(visibility, 2);
        Paragraph updated = new Paragraph(getTranslation("case.updated", Formats.dateTime(details.updatedAt()),
                details.updatedBy()));
        updated.addClassName("muted");
        content.add(conflict, form, updated);
        if (!details.canEdit()) {
            form.getChildren().forEach(c -> ((com.vaadin.flow.component.HasValue<?, ?>) c).setReadOnly(true));
            content.add(InUseSection.of(details.summary().id(), reload));
            return;
        }
        FieldErrors errors = new FieldErrors().map("title", title).map("needStatement", need)
                .map("targetGroup", targetGroup).map("driver", driver).map("team", team).map("anchoring", anchoring);
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                cases.update(details.summary().id(), details.version(), value());
                Notifications.success(getTranslation("case.saved"));
                reload.run();
            } catch (ChangedMeanwhileException ex) {
                showConflict(ex, reload);
            } catch (DomainException ex) {
                errors.show(ex);
            }
        });
        save.setId("save-case");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        content.add(save, InUseSection.of(details.summary().id(), reload));
    }

    private void setUp(TextArea area, String labelKey, int max) {
        area.setLabel(getTranslation(labelKey));
        area.setMaxLength(max);
        area.setValueChangeMode(ValueChangeMode.EAGER);
        area.addValueChangeListener(e -> area.setHelperText(
                getTranslation("case.field.count", e.getValue().length(), max)));
        area.setMinHeight("5rem");
    }

    private void read(CaseFields f) {
        title.setValue(nz(f.title()));
        need.setValue(nz(f.needStatement()));
        targetGroup.setValue(nz(f.targetGroup()));
        driver.setValue(nz(f.driver()));
        team.setValue(nz(f.team()));
        anchoring.setValue(nz(f.anchoring()));
        visibility.setValue(f.visibility());
    }

    CaseFields value() {
        return new CaseFields(title.getValue(), need.getValue(), targetGroup.getValue(), driver.getValue(),
                team.getValue(), anchoring.getValue(), visibility.getValue());
    }

    private void showConflict(ChangedMeanwhileException ex, Runnable reload) {
        conflict.removeAll();
        TextArea yours = new TextArea(getTranslation("case.conflict.yourText"));
        yours.setId("your-text");
        yours.setValue(nz(ex.yours(CaseFields.class).needStatement()));
        yours.setReadOnly(true);
        yours.setWidthFull();
        Button reloadButton = new Button(getTranslation("case.conflict.reload"), e -> reload.run());
        reloadButton.setId("reload-case");
        conflict.add(new Paragraph(FieldErrors.message(ex)), yours, reloadButton);
        conflict.setVisible(true);
        Notifications.error(FieldErrors.message(ex));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
