package no.ks.ledergaloppen.cohort.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.Optional;
import no.ks.ledergaloppen.base.ui.DatePickers;
import no.ks.ledergaloppen.base.ui.FieldErrors;
import no.ks.ledergaloppen.cohort.CohortDraft;
import no.ks.ledergaloppen.cohort.CohortStatus;
import no.ks.ledergaloppen.cohort.domain.Cohort;

/** Name, region, dates and status of a cohort. */
class CohortForm extends Composite<FormLayout> {

    final TextField name = new TextField();
    final TextField region = new TextField();
    final DatePicker startDate = DatePickers.create("");
    final DatePicker endDate = DatePickers.create("");
    final ComboBox<CohortStatus> status = new ComboBox<>();
    private final Binder<CohortDraft> binder = new Binder<>(CohortDraft.class);

    CohortForm() {
        name.setLabel(getTranslation("cohort.form.name"));
        name.setMaxLength(Cohort.NAME_MAX);
        region.setLabel(getTranslation("cohort.form.region"));
        region.setMaxLength(Cohort.NAME_MAX);
        startDate.setLabel(getTranslation("cohort.form.startDate"));
        endDate.setLabel(getTranslation("cohort.form.endDate"));
        status.setLabel(getTranslation("cohort.form.status"));
        status.setItems(CohortStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("cohort.status." + s.name()));
        status.setValue(CohortStatus.PLANNED);
        name.setId("cohort-form-name");
        region.setId("cohort-form-region");
        startDate.setId("cohort-form-start");
        endDate.setId("cohort-form-end");
        status.setId("cohort-form-status");
        String required = getTranslation("validation.required");
        binder.forField(name).asRequired(required).bind("name");
        binder.forField(region).asRequired(required).bind("region");
        binder.forField(startDate).asRequired(required).bind("startDate");
        binder.forField(endDate).asRequired(required)
                .withValidator(end -> startDate.getValue() == null || !end.isBefore(startDate.getValue()),
                        getTranslation("cohort.error.endBeforeStart"))
                .bind("endDate");
        binder.forField(status).asRequired(required).bind("status");
        getContent().add(name, region, startDate, endDate, status);
    }

    void read(CohortDraft draft) {
        binder.readRecord(draft);
    }

    Optional<CohortDraft> value() {
        try {
            return Optional.of(binder.writeRecord());
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }

    FieldErrors errors() {
        return new FieldErrors().map("name", name).map("region", region).map("startDate", startDate)
                .map("endDate", endDate).map("status", status);
    }
}
