package no.ks.ledergaloppen.assignment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import no.ks.ledergaloppen.assignment.AssignmentInfo;
import no.ks.ledergaloppen.assignment.AssignmentService;
import no.ks.ledergaloppen.assignment.domain.Assignment;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.base.ui.FieldErrors;

/** Withdraws a given assignment with a reason the participants are told; their answers are kept. */
class WithdrawDialog extends Dialog {

    final TextArea reason = new TextArea();

    WithdrawDialog(AssignmentInfo assignment, AssignmentService assignments, Consumer<AssignmentInfo> onWithdrawn) {
        setHeaderTitle(getTranslation("assignment.withdrawTitle", assignment.title()));
        setWidth("min(36rem, 95vw)");
        Paragraph what = new Paragraph(getTranslation("assignment.withdrawHelp"));
        reason.setLabel(getTranslation("assignment.field.reason"));
        reason.setId("withdraw-reason");
        reason.setMaxLength(Assignment.REASON_MAX);
        reason.setMinRows(3);
        reason.setWidthFull();
        add(what, reason);
        FieldErrors errors = new FieldErrors().map("reason", reason);
        Button withdraw = new Button(getTranslation("assignment.withdraw"), e -> {
            reason.setInvalid(false);
            try {
                AssignmentInfo withdrawn = assignments.withdraw(assignment.id(), assignment.version(), reason.getValue());
                close();
                onWithdrawn.accept(withdrawn);
            } catch (DomainException ex) {
                errors.show(ex);
            }
        });
        withdraw.setId("confirm-withdraw");
        withdraw.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), withdraw);
    }
}
