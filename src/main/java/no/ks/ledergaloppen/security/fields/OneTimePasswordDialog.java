package no.ks.ledergaloppen.security.fields;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import no.ks.ledergaloppen.security.CreatedUser;

/** Shows a new one-time password once, to hand over to the user; it is not stored in clear anywhere. */
public class OneTimePasswordDialog extends Dialog {

    public OneTimePasswordDialog(CreatedUser created) {
        this(created.account().displayName(), created.account().username(), created.oneTimePassword());
    }

    public OneTimePasswordDialog(String displayName, String username, String password) {
        setHeaderTitle(getTranslation("users.oneTime.title", displayName));
        Span code = new Span(password);
        code.setId("one-time-password");
        code.addClassName("one-time-password");
        add(new Paragraph(getTranslation("users.oneTime.text", username)), code,
                new Paragraph(getTranslation("users.oneTime.note")));
        Button ok = new Button(getTranslation("action.close"), e -> close());
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(ok);
        setCloseOnOutsideClick(false);
    }
}
