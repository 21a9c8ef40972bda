package no.ks.ledergaloppen.dashboard.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.function.Consumer;

/** The cohort's setting for "stalled": after how many days without activity; the view saves it. */
class StallDaysForm extends Composite<Details> {

    final IntegerField days = new IntegerField();

    StallDaysForm(int current, Consumer<Integer> onSave) {
        Details details = getContent();
        details.setSummaryText(getTranslation("dashboard.settings.summary", current));
        details.setId("dashboard-settings");
        days.setId("stall-days");
        days.setLabel(getTranslation("dashboard.settings.stallDays"));
        days.setHelperText(getTranslation("dashboard.settings.stallDaysHelp"));
        days.setMin(1);
        days.setMax(365);
        days.setStepButtonsVisible(true);
        days.setValue(current);
        Button save = new Button(getTranslation("action.save"), e -> {
            days.setInvalid(false);
            onSave.accept(days.getValue());
        });
        save.setId("save-stall-days");
        HorizontalLayout row = new HorizontalLayout(days, save);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        details.add(row);
    }
}
