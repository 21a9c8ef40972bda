package no.ks.ledergaloppen.security.fields;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import no.ks.ledergaloppen.base.ui.Focus;
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
        ok.setId("close-one-time-password");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(ok);
        setCloseOnOutsideClick(false);
    }

    /**
     * When the dialog closes, the focus goes to the element with this id: the dialog would give it back to
     * the button that was focused when it opened, which is gone when that was in a dialog or a redrawn section.
     */
    public OneTimePasswordDialog returnFocusTo(String elementId) {
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                Focus.onElement(elementId);
            }
        });
        return this;
    }
}
