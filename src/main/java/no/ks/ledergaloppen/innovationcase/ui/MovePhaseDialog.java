package no.ks.ledergaloppen.innovationcase.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Arrays;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.base.ui.FieldErrors;
import no.ks.ledergaloppen.base.ui.Notifications;
import no.ks.ledergaloppen.innovationcase.CaseDetails;
import no.ks.ledergaloppen.innovationcase.PhaseService;
import no.ks.ledergaloppen.innovationcase.domain.PhaseMove;
import no.ks.ledergaloppen.roadmap.Phase;

/** Moves the case to any other phase, with a reason; warns when steps of the current phase are unticked. */
class MovePhaseDialog extends Dialog {

    final ComboBox<Phase> target = new ComboBox<>();
    final TextArea reason = new TextArea();
    private final Paragraph warning = new Paragraph();

    MovePhaseDialog(CaseDetails details, PhaseService phases, Runnable onMoved) {
        long caseId = details.summary().id();
        Phase current = details.summary().phase();
        setHeaderTitle(getTranslation("case.move"));
        setWidth("min(36rem, 95vw)");
        target.setLabel(getTranslation("case.move.target"));
        target.setId("move-target");
        target.setItems(Arrays.stream(Phase.values()).filter(p -> p != current).toList());
        target.setItemLabelGenerator(p -> p.number() + " " + getTranslation("roadmap.phase." + p.name()));
        reason.setLabel(getTranslation("case.move.reason"));
        reason.setId("move-reason");
        reason.setHelperText(getTranslation("case.move.reasonHelp"));
        reason.setMaxLength(PhaseMove.REASON_MAX);
        reason.setRequired(true);
        warning.setId("unticked-warning");
        warning.addClassName("warning");
        warning.setVisible(false);
        int unticked = phases.untickedInCurrentPhase(caseId);
        Button move = new Button(getTranslation("case.move"));
        move.setId("confirm-move");
        move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        target.addValueChangeListener(e -> {
            boolean forward = e.getValue() != null && current.isBefore(e.getValue());
            warning.setText(getTranslation("case.move.untickedWarning", unticked));
            warning.setVisible(forward && unticked > 0);
            move.setText(e.getValue() == null ? getTranslation("case.move")
                    : getTranslation("case.move.to", getTranslation("roadmap.phase." + e.getValue().name())));
        });
        FormLayout form = new FormLayout(target, reason);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form, warning);
        FieldErrors errors = new FieldErrors().map("target", target).map("reason", reason);
        move.addClickListener(e -> {
            try {
                phases.move(caseId, target.getValue(), reason.getValue(), warning.isVisible());
                close();
                Notifications.success(getTranslation("case.moved"));
                onMoved.run();
            } catch (DomainException ex) {
                errors.show(ex);
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), move);
    }
}
