package no.ks.ledergaloppen.base.ui;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import java.util.LinkedHashMap;
import java.util.Map;
import no.ks.ledergaloppen.base.DomainException;

/**
 * Shows a service's refusal where the user looks: under the field it concerns, with the keyboard focus moved
 * there (so it is where Tab goes on from, and screen readers read the message with the field), or as a
 * notification when it concerns no single field.
 */
public final class FieldErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public FieldErrors map(String field, HasValidation component) {
        fields.put(field, component);
        return this;
    }

    public void show(DomainException e) {
        String message = message(e);
        HasValidation target = e.field() == null ? null : fields.get(e.field());
        if (target != null) {
            target.setErrorMessage(message);
            target.setInvalid(true);
            if (target instanceof Focusable<?> field) {
                field.focus();
            }
        } else {
            Notifications.error(message);
        }
    }

    public static String message(DomainException e) {
        return UI.getCurrent().getTranslation(e.messageKey(), e.args());
    }
}
