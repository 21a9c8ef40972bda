package no.ks.ledergaloppen.ideas.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.base.ui.FieldErrors;
import no.ks.ledergaloppen.ideas.domain.Idea;

/** Asks why the idea is rejected; the reason is required, and a refusal is shown under the field. */
class RejectDialog extends Dialog {

    final TextArea reason = new TextArea();

    RejectDialog(Consumer<String> onReject) {
        setHeaderTitle(getTranslation("ideas.triage.rejectTitle"));
        setId("reject-dialog");
        reason.setId("reject-reason");
        reason.setLabel(getTranslation("ideas.triage.reason"));
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(Idea.REASON_MAX);
        reason.setWidthFull();
        reason.setMinWidth("min(24rem, 80vw)");
        reason.addValueChangeListener(e -> reason.setInvalid(false));
        FieldErrors errors = new FieldErrors().map("reason", reason);
        add(reason);
        Button reject = new Button(getTranslation("ideas.triage.REJECTED"), e -> {
            try {
                onReject.accept(reason.getValue());
                close();
            } catch (DomainException ex) {
                errors.show(ex);
            }
        });
        reject.setId("confirm-reject");
        reject.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, reject);
    }
}
