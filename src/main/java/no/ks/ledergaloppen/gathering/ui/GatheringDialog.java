package no.ks.ledergaloppen.gathering.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.base.ui.DatePickers;
import no.ks.ledergaloppen.base.ui.FieldErrors;
import no.ks.ledergaloppen.gathering.AgendaItemDraft;
import no.ks.ledergaloppen.gathering.GatheringDraft;
import no.ks.ledergaloppen.gathering.GatheringInfo;
import no.ks.ledergaloppen.gathering.GatheringService;
import no.ks.ledergaloppen.gathering.domain.AgendaItem;
import no.ks.ledergaloppen.gathering.domain.Gathering;

/** Plans a gathering: when, where, the theme and the agenda, line by line. A refusal keeps everything typed. */
class GatheringDialog extends Dialog {

    final IntegerField number = new IntegerField();
    final DatePicker date = DatePickers.create("");
    final TimePicker starts = new TimePicker();
    final TimePicker ends = new TimePicker();
    final TextField place = new TextField();
    final TextField theme = new TextField();
    final List<AgendaRow> rows = new ArrayList<>();
    private final VerticalLayout agenda = new VerticalLayout();
    private FieldErrors errors;

    GatheringDialog(long cohortId, GatheringInfo existing, int suggestedNumber, GatheringService service,
                    Consumer<GatheringInfo> onSaved) {
        setHeaderTitle(existing == null ? getTranslation("gathering.new")
                : getTranslation("gathering.title", existing.number(), existing.theme()));
        setWidth("min(60rem, 95vw)");
        number.setLabel(getTranslation("gathering.field.number"));
        number.setId("gathering-number");
        number.setMin(1);
        date.setLabel(getTranslation("gathering.field.date"));
        date.setId("gathering-date");
        starts.setLabel(getTranslation("gathering.field.starts"));
        ends.setLabel(getTranslation("gathering.field.ends"));
        for (TimePicker t : List.of(starts, ends)) {
            t.setStep(Duration.ofMinutes(15));
        }
        place.setLabel(getTranslation("gathering.field.place"));
        place.setId("gathering-place");
        place.setMaxLength(Gathering.TEXT_MAX);
        theme.setLabel(getTranslation("gathering.field.theme"));
        theme.setId("gathering-theme");
        theme.setMaxLength(Gathering.TEXT_MAX);
        FormLayout form = new FormLayout(number, date, starts, ends, place, theme);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        agenda.setPadding(false);
        agenda.setSpacing(false);
        Button addRow = new Button(getTranslation("gathering.agenda.add"), VaadinIcon.PLUS.create(), e -> addRow(null));
        addRow.setId("add-agenda-item");
        addRow.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(form, new H3(getTranslation("gathering.agenda")), agenda, addRow);
        if (existing == null) {
            number.setValue(suggestedNumber);
            addRow(null);
        } else {
            number.setValue(existing.number());
            date.setValue(existing.date());
            starts.setValue(existing.starts());
            ends.setValue(existing.ends());
            place.setValue(existing.place());
            theme.setValue(existing.theme());
            existing.agenda().forEach(this::addRow);
        }
        Button save = new Button(getTranslation("action.save"), e -> {
            clearErrors();
            try {
                GatheringInfo saved = existing == null ? service.create(cohortId, draft())
                        : service.update(existing.id(), existing.version(), draft());
                close();
                onSaved.accept(saved);
            } catch (DomainException ex) {
                errors().show(ex);
            }
        });
        save.setId("save-gathering");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    GatheringDraft draft() {
        return new GatheringDraft(number.getValue(), date.getValue(), starts.getValue(), ends.getValue(),
                place.getValue(), theme.getValue(), rows.stream().map(AgendaRow::draft).toList());
    }

    private FieldErrors errors() {
        errors = new FieldErrors().map("number", number).map("date", date).map("ends", ends).map("place", place)
                .map("theme", theme);
        for (int i = 0; i < rows.size(); i++) {
            errors.map("agenda." + i + ".title", rows.get(i).title)
                    .map("agenda." + i + ".speaker", rows.get(i).speaker)
                    .map("agenda." + i + ".description", rows.get(i).description);
        }
        return errors;
    }

    private void clearErrors() {
        number.setInvalid(false);
        date.setInvalid(false);
        ends.setInvalid(false);
        place.setInvalid(false);
        theme.setInvalid(false);
        rows.forEach(r -> List.of(r.title, r.speaker, r.description).forEach(f -> f.setInvalid(false)));
    }

    private void addRow(AgendaItemDraft item) {
        AgendaRow row = new AgendaRow(item);
        rows.add(row);
        renderRows();
    }

    private void renderRows() {
        agenda.removeAll();
        for (int i = 0; i < rows.size(); i++) {
            AgendaRow row = rows.get(i);
            int index = i;
            row.title.setId("agenda-title-" + i);
            Button up = new Button(VaadinIcon.ARROW_UP.create(), e -> move(index, index - 1));
            up.setAriaLabel(getTranslation("gathering.agenda.up"));
            up.setEnabled(i > 0);
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                rows.remove(index);
                renderRows();
            });
            remove.setAriaLabel(getTranslation("gathering.agenda.remove"));
            for (Button b : List.of(up, remove)) {
                b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            }
            Div line = new Div(row.starts, row.title, row.speaker, row.description, up, remove);
            line.addClassName("agenda-row");
            agenda.add(line);
        }
    }

    private void move(int from, int to) {
        rows.add(to, rows.remove(from));
        renderRows();
    }

    /** The fields of one agenda line. */
    final class AgendaRow {
        final TimePicker starts = new TimePicker();
        final TextField title = new TextField();
        final TextField speaker = new TextField();
        final TextField description = new TextField();

        AgendaRow(AgendaItemDraft item) {
            starts.setAriaLabel(getTranslation("gathering.agenda.time"));
            starts.setPlaceholder(getTranslation("gathering.agenda.time"));
            starts.setStep(Duration.ofMinutes(15));
            starts.setWidth("7rem");
            title.setPlaceholder(getTranslation("gathering.agenda.title"));
            title.setAriaLabel(getTranslation("gathering.agenda.title"));
            title.setMaxLength(AgendaItem.TITLE_MAX);
            speaker.setPlaceholder(getTranslation("gathering.agenda.speaker"));
            speaker.setAriaLabel(getTranslation("gathering.agenda.speaker"));
            speaker.setMaxLength(AgendaItem.TITLE_MAX);
            description.setPlaceholder(getTranslation("gathering.agenda.description"));
            description.setAriaLabel(getTranslation("gathering.agenda.description"));
            description.setMaxLength(AgendaItem.DESCRIPTION_MAX);
            if (item != null) {
                starts.setValue(item.starts());
                title.setValue(item.title());
                speaker.setValue(item.speaker() == null ? "" : item.speaker());
                description.setValue(item.description() == null ? "" : item.description());
            }
        }

        AgendaItemDraft draft() {
            return new AgendaItemDraft(starts.getValue(), title.getValue(), speaker.getValue(), description.getValue());
        }
    }
}
