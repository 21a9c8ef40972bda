package no.ks.ledergaloppen.benefits.panel;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.function.Consumer;
import no.ks.ledergaloppen.base.Decimals;
import no.ks.ledergaloppen.base.ui.DatePickers;
import no.ks.ledergaloppen.base.ui.Formats;
import no.ks.ledergaloppen.benefits.BenefitsService;
import no.ks.ledergaloppen.benefits.CorrectiveAction;
import no.ks.ledergaloppen.benefits.IndicatorView;
import no.ks.ledergaloppen.benefits.MeasurementPoint;
import no.ks.ledergaloppen.benefits.domain.BenefitMeasurement;

/** Asks, right after a measurement came out behind plan, what will be done about it, by whom and by when. */
class ActionDialog extends FormDialog {

    final TextArea what = new TextArea(getTranslation("benefits.field.actionWhat"));
    final TextField who = new TextField(getTranslation("benefits.field.actionWho"));
    final DatePicker due = DatePickers.create(getTranslation("benefits.field.actionDue"));

    private final MeasurementPoint point;
    private final BenefitsService service;
    private final Consumer<MeasurementPoint> onSaved;

    ActionDialog(IndicatorView indicator, MeasurementPoint point, LocalDate today, BenefitsService service,
                 Consumer<MeasurementPoint> onSaved) {
        super("benefits.dialog.action", "save-action");
        setId("action-dialog");
        this.point = point;
        this.service = service;
        this.onSaved = onSaved;
        Paragraph why = new Paragraph(getTranslation("benefits.dialog.actionWhy", indicator.name(),
                Formats.date(point.date()), Decimals.format(point.value(), getLocale()), indicator.unit()));
        why.setId("action-why");
        addComponentAsFirst(why);
        what.setId("action-what");
        what.setMaxLength(BenefitMeasurement.ACTION_WHAT_MAX);
        who.setId("action-who");
        who.setMaxLength(BenefitMeasurement.ACTION_WHO_MAX);
        due.setId("action-due");
        due.setMin(today);
        field("what", what);
        form.setColspan(what, 2);
        field("who", who);
        field("due", due);
        if (point.action() != null) {
            what.setValue(point.action().what());
            who.setValue(point.action().who());
            due.setValue(point.action().due());
        } else {
            due.setValue(today.plusWeeks(2));
        }
    }

    @Override
    void saveNow() {
        onSaved.accept(service.setCorrectiveAction(point.id(), new CorrectiveAction(what.getValue(), who.getValue(),
                due.getValue())));
    }
}
