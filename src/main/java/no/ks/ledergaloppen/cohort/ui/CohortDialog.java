package no.ks.ledergaloppen.cohort.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.function.Function;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.cohort.CohortDraft;
import no.ks.ledergaloppen.cohort.CohortSummary;

/** Creates or edits a cohort; stays open with the message under the field when the service refuses. */
class CohortDialog extends Dialog {

    final CohortForm form = new CohortForm();

    CohortDialog(String title, CohortDraft initial, Function<CohortDraft, CohortSummary> save,
                 java.util.function.Consumer<CohortSummary> onSaved) {
        setHeaderTitle(title);
        if (initial != null) {
            form.read(initial);
        }
        add(form);
        Button saveButton = new Button(getTranslation("action.save"), e -> form.value().ifPresent(draft -> {
            try {
                CohortSummary saved = save.apply(draft);
                close();
                onSaved.accept(saved);
            } catch (DomainException ex) {
                form.errors().show(ex);
            }
        }));
        saveButton.setId("save-cohort");
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), saveButton);
    }
}
