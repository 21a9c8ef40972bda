package no.ks.ledergaloppen.gathering.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.base.ui.DatePickers;
import no.ks.ledergaloppen.base.ui.FieldErrors;
import no.ks.ledergaloppen.gathering.HomeVisitDraft;
import no.ks.ledergaloppen.gathering.HomeVisitInfo;
import no.ks.ledergaloppen.gathering.HomeVisitService;
import no.ks.ledergaloppen.gathering.HomeVisitStatus;
import no.ks.ledergaloppen.gathering.domain.HomeVisit;
import no.ks.ledergaloppen.security.UserAccount;

/** Plans or records a municipality's home visit. */
class HomeVisitDialog extends Dialog {

    final DatePicker date = DatePickers.create("");
    final RadioButtonGroup<HomeVisitStatus> status = new RadioButtonGroup<>();
    final MultiSelectComboBox<UserAccount> facilitators = new MultiSelectComboBox<>();
    final TextArea trainedOn = new TextArea();
    final TextArea notes = new TextArea();

    HomeVisitDialog(long cohortId, long municipalityId, String municipalityName, HomeVisitInfo existing,
                    List<UserAccount> cohortFacilitators, HomeVisitService service, Consumer<HomeVisitInfo> onSaved) {
        setHeaderTitle(getTranslation("homeVisit.dialog", municipalityName));
        setWidth("min(40rem, 95vw)");
        date.setLabel(getTranslation("homeVisit.field.date"));
        date.setId("visit-date");
        status.setLabel(getTranslation("homeVisit.field.status"));
        status.setId("visit-status");
        status.setItems(HomeVisitStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("homeVisit.status." + s.name()));
        facilitators.setLabel(getTranslation("homeVisit.field.facilitators"));
        facilitators.setId("visit-facilitators");
        facilitators.setItems(cohortFacilitators);
        facilitators.setItemLabelGenerator(UserAccount::displayName);
        facilitators.setWidthFull();
        trainedOn.setLabel(getTranslation("homeVisit.field.trainedOn"));
        trainedOn.setId("visit-trained-on");
        trainedOn.setMaxLength(HomeVisit.TRAINED_MAX);
        trainedOn.setWidthFull();
        notes.setLabel(getTranslation("homeVisit.field.notes"));
        notes.setHelperText(getTranslation("homeVisit.field.notesHelp"));
        notes.setId("visit-notes");
        notes.setMaxLength(HomeVisit.NOTES_MAX);
        notes.setWidthFull();
        if (existing == null) {
            status.setValue(HomeVisitStatus.PLANNED);
        } else {
            date.setValue(existing.date());
            status.setValue(existing.status());
            facilitators.setValue(cohortFacilitators.stream().filter(u -> existing.facilitatorIds().contains(u.id()))
                    .collect(Collectors.toSet()));
            trainedOn.setValue(existing.trainedOn() == null ? "" : existing.trainedOn());
            notes.setValue(existing.notes() == null ? "" : existing.notes());
        }
        VerticalLayout form = new VerticalLayout(date, status, facilitators, trainedOn, notes);
        form.setPadding(false);
        add(form);
        FieldErrors errors = new FieldErrors().map("date", date).map("status", status).map("facilitators", facilitators)
                .map("trainedOn", trainedOn).map("notes", notes);
        Button save = new Button(getTranslation("action.save"), e -> {
            date.setInvalid(false);
            status.setInvalid(false);
            facilitators.setInvalid(false);
            HomeVisitDraft draft = new HomeVisitDraft(date.getValue(), status.getValue(),
                    facilitators.getValue().stream().map(UserAccount::id).collect(Collectors.toSet()),
                    trainedOn.getValue(), notes.getValue());
            try {
                HomeVisitInfo saved = existing == null ? service.plan(cohortId, municipalityId, draft)
                        : service.update(existing.id(), existing.version(), draft);
                close();
                onSaved.accept(saved);
            } catch (DomainException ex) {
                errors.show(ex);
            }
        });
        save.setId("save-visit");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
