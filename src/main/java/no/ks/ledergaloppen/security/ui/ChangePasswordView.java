package no.ks.ledergaloppen.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import no.ks.ledergaloppen.base.ui.RevealLabel;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.base.ui.FieldErrors;
import no.ks.ledergaloppen.base.ui.Notifications;
import no.ks.ledergaloppen.security.PasswordPolicy;
import no.ks.ledergaloppen.security.UserService;

/** Change one's own password; users with a one-time password land here before anything else. */
@Route("password")
@PermitAll
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    final PasswordField current = new PasswordField();
    final PasswordField newPassword = new PasswordField();
    final PasswordField repeat = new PasswordField();

    ChangePasswordView(UserService users) {
        setMaxWidth("36rem");
        if (users.mustChangePassword()) {
            Paragraph forced = new Paragraph(getTranslation("password.mustChange"));
            forced.setId("must-change");
            add(forced);
        }
        current.setLabel(getTranslation("password.current"));
        newPassword.setLabel(getTranslation("password.new"));
        newPassword.setHelperText(getTranslation("password.rule", PasswordPolicy.MIN_LENGTH));
        repeat.setLabel(getTranslation("password.repeat"));
        current.setId("current-password");
        newPassword.setId("new-password");
        repeat.setId("repeat-password");
        FieldErrors errors = new FieldErrors().map("current", current).map("newPassword", newPassword)
                .map("repeat", repeat);
        Button save = new Button(getTranslation("password.save"), e -> {
            clearErrors();
            try {
                users.changeOwnPassword(current.getValue(), newPassword.getValue(), repeat.getValue());
                Notifications.success(getTranslation("password.saved"));
                getUI().ifPresent(ui -> ui.navigate(""));
            } catch (DomainException ex) {
                errors.show(ex);
            }
        });
        save.setId("save-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        for (PasswordField f : new PasswordField[] {current, newPassword, repeat}) {
            RevealLabel.set(f, getTranslation("password.reveal"));
        }
        FormLayout form = new FormLayout(current, newPassword, repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form, save);
    }

    private void clearErrors() {
        for (PasswordField f : new PasswordField[] {current, newPassword, repeat}) {
            f.setInvalid(false);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.pageTitle");
    }
}
