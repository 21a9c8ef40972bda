package no.ks.ledergaloppen.benefits.panel;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.function.Consumer;
import no.ks.ledergaloppen.base.ui.DatePickers;
import no.ks.ledergaloppen.benefits.BenefitsService;
import no.ks.ledergaloppen.benefits.IndicatorView;
import no.ks.ledergaloppen.benefits.MeasurementDraft;
import no.ks.ledergaloppen.benefits.MeasurementPoint;
import no.ks.ledergaloppen.benefits.domain.BenefitMeasurement;

/** Records a measurement (date, value, an optional comment), or corrects one. */
class MeasurementDialog extends FormDialog {

    final DatePicker date = DatePickers.create(getTranslation("benefits.field.date"));
    final TextField value;
    final TextArea comment = new TextArea(getTranslation("benefits.field.comment"));

    private final IndicatorView indicator;
    private final MeasurementPoint existing;
    private final BenefitsService service;
    private final Consumer<MeasurementPoint> onSaved;

    MeasurementDialog(IndicatorView indicator, MeasurementPoint existing, LocalDate today, BenefitsService service,
                      Consumer<MeasurementPoint> onSaved) {
        super(existing == null ? "benefits.dialog.newMeasurement" : "benefits.dialog.editMeasurement", "save-measurement");
        this.indicator = indicator;
        this.existing = existing;
        this.service = service;
        this.onSaved = onSaved;
        value = NumberFields.create(getTranslation("benefits.field.value", indicator.unit()), "measurement-value");
        date.setId("measurement-date");
        date.setMin(indicator.baselineDate());
        date.setMax(today);
        comment.setId("measurement-comment");
        comment.setMaxLength(BenefitMeasurement.COMMENT_MAX);
        field("date", date);
        field("value", value);
        field("comment", comment);
        form.setColspan(comment, 2);
        add(new com.vaadin.flow.component.html.Paragraph(getTranslation("benefits.dialog.measurementOf", indicator.name())));
        if (existing == null) {
            date.setValue(today);
        } else {
            date.setValue(existing.date());
            NumberFields.show(value, existing.value());
            comment.setValue(existing.comment() == null ? "" : existing.comment());
        }
    }

    @Override
    void saveNow() {
        MeasurementDraft draft = new MeasurementDraft(date.getValue(), NumberFields.read("value", value),
                comment.getValue());
        onSaved.accept(existing == null ? service.addMeasurement(indicator.id(), draft)
                : service.updateMeasurement(existing.id(), existing.version(), draft));
    }
}
