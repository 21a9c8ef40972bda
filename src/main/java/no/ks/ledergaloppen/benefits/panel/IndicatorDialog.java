package no.ks.ledergaloppen.benefits.panel;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.function.Consumer;
import no.ks.ledergaloppen.base.ui.DatePickers;
import no.ks.ledergaloppen.benefits.BenefitsService;
import no.ks.ledergaloppen.benefits.Direction;
import no.ks.ledergaloppen.benefits.Frequency;
import no.ks.ledergaloppen.benefits.IndicatorDraft;
import no.ks.ledergaloppen.benefits.IndicatorView;
import no.ks.ledergaloppen.benefits.domain.BenefitIndicator;

/** Adds or edits a result indicator: what is counted, which way is better, the baseline, the target, how often. */
class IndicatorDialog extends FormDialog {

    final TextField name = new TextField(getTranslation("benefits.field.indicatorName"));
    final TextField unit = new TextField(getTranslation("benefits.field.unit"));
    final RadioButtonGroup<Direction> direction = new RadioButtonGroup<>(getTranslation("benefits.field.direction"));
    final TextField baselineValue = NumberFields.create(getTranslation("benefits.field.baselineValue"), "indicator-baseline-value");
    final DatePicker baselineDate = DatePickers.create(getTranslation("benefits.field.baselineDate"));
    final TextField targetValue = NumberFields.create(getTranslation("benefits.field.targetValue"), "indicator-target-value");
    final DatePicker targetDate = DatePickers.create(getTranslation("benefits.field.targetDate"));
    final ComboBox<Frequency> frequency = new ComboBox<>(getTranslation("benefits.field.frequency"));

    private final long benefitId;
    private final IndicatorView existing;
    private final BenefitsService service;
    private final Consumer<IndicatorView> onSaved;

    IndicatorDialog(long benefitId, IndicatorView existing, LocalDate today, BenefitsService service,
                    Consumer<IndicatorView> onSaved) {
        super(existing == null ? "benefits.dialog.newIndicator" : "benefits.dialog.editIndicator", "save-indicator");
        this.benefitId = benefitId;
        this.existing = existing;
        this.service = service;
        this.onSaved = onSaved;
        name.setId("indicator-name");
        name.setMaxLength(BenefitIndicator.NAME_MAX);
        name.setHelperText(getTranslation("benefits.field.indicatorNameHelp"));
        unit.setId("indicator-unit");
        unit.setMaxLength(BenefitIndicator.UNIT_MAX);
        unit.setHelperText(getTranslation("benefits.field.unitHelp"));
        direction.setId("indicator-direction");
        direction.setItems(Direction.values());
        direction.setItemLabelGenerator(d -> getTranslation("benefits.direction." + d.name()));
        baselineDate.setId("indicator-baseline-date");
        baselineDate.setMax(today);
        baselineDate.setHelperText(getTranslation("benefits.field.baselineDateHelp"));
        targetDate.setId("indicator-target-date");
        frequency.setId("indicator-frequency");
        frequency.setItems(Frequency.values());
        frequency.setItemLabelGenerator(f -> getTranslation("benefits.frequency." + f.name()));
        field("name", name);
        field("unit", unit);
        field("direction", direction);
        form.setColspan(direction, 2);
        field("baselineValue", baselineValue);
        field("baselineDate", baselineDate);
        field("targetValue", targetValue);
        field("targetDate", targetDate);
        field("frequency", frequency);
        fill(existing);
    }

    private void fill(IndicatorView i) {
        if (i == null) {
            direction.setValue(Direction.HIGHER_IS_BETTER);
            frequency.setValue(Frequency.MONTHLY);
            return;
        }
        name.setValue(i.name());
        unit.setValue(i.unit());
        direction.setValue(i.direction());
        NumberFields.show(baselineValue, i.baselineValue());
        baselineDate.setValue(i.baselineDate());
        NumberFields.show(targetValue, i.targetValue());
        targetDate.setValue(i.targetDate());
        frequency.setValue(i.frequency());
    }

    @Override
    void saveNow() {
        IndicatorDraft draft = new IndicatorDraft(name.getValue(), unit.getValue(), direction.getValue(),
                NumberFields.read("baselineValue", baselineValue), baselineDate.getValue(),
                NumberFields.read("targetValue", targetValue), targetDate.getValue(), frequency.getValue());
        onSaved.accept(existing == null ? service.addIndicator(benefitId, draft)
                : service.updateIndicator(existing.id(), existing.version(), draft));
    }
}
