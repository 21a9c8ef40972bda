package no.ks.ledergaloppen.innovationcase.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.Optional;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.base.ui.CaseAction;
import no.ks.ledergaloppen.base.ui.FieldErrors;
import no.ks.ledergaloppen.base.ui.Notifications;
import no.ks.ledergaloppen.innovationcase.CaseCompletion;
import no.ks.ledergaloppen.innovationcase.CaseCompletionService;
import org.springframework.core.annotation.Order;

/**
 * In the case header: the "Fullført" badge on a finished case (for every reader), "Avslutt saken" in
 * Operations and "Gjenåpne saken" on a finished case (for those who may change it), each after a confirmation.
 * A refusal (not put to use yet, changed meanwhile) is shown as a message saying why.
 */
@org.springframework.stereotype.Component
@Order(50)
class CompletionAction implements CaseAction {

    private final CaseCompletionService completions;

    CompletionAction(CaseCompletionService completions) {
        this.completions = completions;
    }

    @Override
    public Optional<Component> create(long caseId) {
        CaseCompletion c = completions.completion(caseId);
        HorizontalLayout box = new HorizontalLayout();
        box.setAlignItems(FlexComponent.Alignment.CENTER);
        box.setId("case-completion");
        UI ui = UI.getCurrent();
        if (c.finished()) {
            Span badge = PortfolioCells.badge(ui.getTranslation("cases.portfolio.finished"), "badge success");
            badge.setId("finished-badge");
            badge.getElement().setAttribute("title", ui.getTranslation("case.completion.finishedOn",
                    no.ks.ledergaloppen.base.ui.Formats.dateTime(c.finishedAt()), c.finishedBy()));
            box.add(badge);
        }
        if (c.canFinish()) {
            // the service refuses finishing before the practice is in use; saying why at once spares a
            // confirmation that cannot succeed
            box.add(button(ui, "finish-case", "case.completion.finish", VaadinIcon.FLAG_CHECKERED,
                    () -> completions.finish(caseId, c.version()), "case.completion.finishConfirm",
                    c.inUse() ? null : "case.completion.error.notInUse"));
        }
        if (c.canReopen()) {
            box.add(button(ui, "reopen-case", "case.completion.reopen", VaadinIcon.ARROW_BACKWARD,
                    () -> completions.reopen(caseId, c.version()), "case.completion.reopenConfirm", null));
        }
        return box.getComponentCount() == 0 ? Optional.empty() : Optional.of(box);
    }

    private static Button button(UI ui, String id, String key, VaadinIcon icon, Runnable change, String confirmKey,
                                 String refusalKey) {
        Button b = new Button(ui.getTranslation(key), icon.create(), e -> {
            if (refusalKey != null) {
                Notifications.error(ui.getTranslation(refusalKey));
                return;
            }
            ConfirmDialog confirm = new ConfirmDialog(ui.getTranslation(key), ui.getTranslation(confirmKey),
                    ui.getTranslation(key), ok -> apply(ui, change, key + "Done"));
            confirm.setCancelable(true);
            confirm.setCancelText(ui.getTranslation("action.cancel"));
            confirm.setId(id + "-confirm");
            confirm.open();
        });
        b.setId(id);
        return b;
    }

    private static void apply(UI ui, Runnable change, String doneKey) {
        try {
            change.run();
            Notifications.success(ui.getTranslation(doneKey));
            ui.refreshCurrentRoute(true);
        } catch (DomainException ex) {
            Notifications.error(FieldErrors.message(ex));
        }
    }
}
