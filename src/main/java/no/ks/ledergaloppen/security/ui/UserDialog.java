package no.ks.ledergaloppen.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.security.UserAccount;
import no.ks.ledergaloppen.security.UserService;
import no.ks.ledergaloppen.security.fields.OneTimePasswordDialog;
import no.ks.ledergaloppen.security.fields.UserFields;

/** Creates a user (shows the one-time password afterwards) or edits one. */
class UserDialog extends Dialog {

    final UserFields fields;

    UserDialog(UserService users, UserAccount editing, boolean admin, Runnable onSaved) {
        fields = new UserFields(admin);
        setHeaderTitle(getTranslation(editing == null ? "users.new" : "users.edit"));
        setWidth("min(40rem, 95vw)");
        if (editing != null) {
            fields.read(editing);
        }
        add(fields);
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                if (editing == null) {
                    new OneTimePasswordDialog(users.create(fields.draft())).returnFocusTo("new-user").open();
                } else {
                    users.update(editing.id(), fields.draft());
                }
                close();
                onSaved.run();
            } catch (DomainException ex) {
                fields.errors().show(ex);
            }
        });
        save.setId("save-user");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
