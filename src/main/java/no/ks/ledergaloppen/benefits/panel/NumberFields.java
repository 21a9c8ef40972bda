package no.ks.ledergaloppen.benefits.panel;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import no.ks.ledergaloppen.base.Decimals;

/**
 * Number fields are text fields read the way the UI language writes numbers ({@code 1 234,5} or
 * {@code 1,234.5}); a number field of the browser would guess instead. A bad number is refused by
 * {@link Decimals#parse} with a message for the field.
 */
final class NumberFields {

    private NumberFields() {
    }

    static TextField create(String label, String id) {
        TextField field = new TextField(label);
        field.setId(id);
        field.setHelperText(UI.getCurrent().getTranslation("benefits.field.numberHelp"));
        return field;
    }

    static BigDecimal read(String field, TextField input) {
        return Decimals.parse(field, input.getValue(), UI.getCurrent().getLocale());
    }

    static void show(TextField input, BigDecimal value) {
        input.setValue(Decimals.format(value, UI.getCurrent().getLocale()));
    }
}
