package no.ks.ledergaloppen.benefits.panel;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** Asks before something that cannot simply be undone; "Avbryt" leaves everything as it was. */
final class Confirmations {

    private Confirmations() {
    }

    static ConfirmDialog ask(String id, String title, String text, String confirmText, Runnable onConfirm) {
        ConfirmDialog confirm = new ConfirmDialog(title, text, confirmText, e -> onConfirm.run());
        confirm.setId(id);
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(UI.getCurrent().getTranslation("action.cancel"));
        confirm.open();
        return confirm;
    }
}
