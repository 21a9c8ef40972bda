package no.ks.ledergaloppen.security.fields;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import no.ks.ledergaloppen.base.ui.FieldErrors;
import no.ks.ledergaloppen.security.Language;
import no.ks.ledergaloppen.security.Role;
import no.ks.ledergaloppen.security.UserAccount;
import no.ks.ledergaloppen.security.UserDraft;
import no.ks.ledergaloppen.security.domain.AppUser;

/**
 * The fields of a user: username, name, e-mail, language and, for administrators, role. The service
 * checks them all again; its refusals land under the matching field through {@link #errors()}.
 */
public class UserFields extends Composite<FormLayout> {

    public final TextField username = new TextField();
    public final TextField displayName = new TextField();
    public final EmailField email = new EmailField();
    public final ComboBox<Language> language = new ComboBox<>();
    public final ComboBox<Role> role = new ComboBox<>();

    public UserFields(boolean withRole) {
        username.setLabel(getTranslation("users.username"));
        username.setId("username");
        username.setMaxLength(AppUser.USERNAME_MAX);
        username.setHelperText(getTranslation("users.usernameHelp"));
        displayName.setLabel(getTranslation("users.displayName"));
        displayName.setId("display-name");
        displayName.setMaxLength(AppUser.DISPLAY_NAME_MAX);
        email.setLabel(getTranslation("users.email"));
        email.setId("email");
        email.setMaxLength(AppUser.EMAIL_MAX);
        email.setErrorMessage(getTranslation("users.error.emailFormat"));
        language.setLabel(getTranslation("users.language"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(l -> getTranslation("language." + l.name()));
        language.setValue(Language.NB);
        role.setLabel(getTranslation("users.role"));
        role.setId("role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        role.setValue(Role.PARTICIPANT);
        role.setVisible(withRole);
        getContent().add(username, displayName, email, language, role);
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
    }

    public void read(UserAccount account) {
        username.setValue(account.username());
        username.setReadOnly(true);
        displayName.setValue(account.displayName());
        email.setValue(account.email());
        language.setValue(account.language());
        role.setValue(account.role());
    }

    public UserDraft draft() {
        return new UserDraft(username.getValue(), displayName.getValue(), email.getValue(), role.getValue(),
                language.getValue());
    }

    public FieldErrors errors() {
        return new FieldErrors().map("username", username).map("displayName", displayName).map("email", email)
                .map("role", role);
    }
}
