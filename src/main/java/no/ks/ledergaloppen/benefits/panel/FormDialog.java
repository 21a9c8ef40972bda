package no.ks.ledergaloppen.benefits.panel;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.util.ArrayList;
import java.util.List;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.base.ui.FieldErrors;

/**
 * The shape every dialog of the benefits page shares: a form, "Avbryt" and one primary save button. On a
 * refusal the dialog stays open with everything typed and the message sits under the field it concerns.
 */
abstract class FormDialog extends Dialog {

    final FormLayout form = new FormLayout();
    final Button save = new Button();
    private final FieldErrors errors = new FieldErrors();
    private final List<HasValidation> fields = new ArrayList<>();

    FormDialog(String titleKey, String saveId) {
        setHeaderTitle(getTranslation(titleKey));
        setWidth("min(44rem, 95vw)");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        add(form);
        save.setText(getTranslation("action.save"));
        save.setId(saveId);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> trySave());
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    /** Adds a field to the form; {@code name} is the field a service's refusal names. */
    <C extends Component & HasValidation> C field(String name, C component) {
        errors.map(name, component);
        fields.add(component);
        form.add(component);
        return component;
    }

    /** Reads the fields and calls the service; throws {@link DomainException} to refuse. */
    abstract void saveNow();

    private void trySave() {
        fields.forEach(f -> f.setInvalid(false));
        try {
            saveNow();
            close();
        } catch (DomainException e) {
            errors.show(e);
        }
    }
}
