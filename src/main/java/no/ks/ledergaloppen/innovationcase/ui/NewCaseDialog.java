package no.ks.ledergaloppen.innovationcase.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.base.ui.FieldErrors;
import no.ks.ledergaloppen.base.ui.Notifications;
import no.ks.ledergaloppen.cohort.Membership;
import no.ks.ledergaloppen.innovationcase.CaseService;
import no.ks.ledergaloppen.innovationcase.domain.InnovationCase;

/**
 * "Ny sak": a member of a leader group starts another case for their own municipality. It needs only a title,
 * opens in Anchoring, last in the group's order, and the new case is shown at once.
 */
class NewCaseDialog extends Dialog {

    final TextField title = new TextField();
    final Select<Membership> group = new Select<>();

    NewCaseDialog(CaseService cases, List<Membership> seats) {
        setHeaderTitle(getTranslation("cases.new.title"));
        title.setLabel(getTranslation("case.field.title"));
        title.setId("new-case-title");
        title.setMaxLength(InnovationCase.TITLE_MAX);
        title.setRequiredIndicatorVisible(true);
        title.setWidthFull();
        group.setLabel(getTranslation("cases.new.group"));
        group.setItems(seats);
        group.setItemLabelGenerator(m -> m.municipalityName() + " – " + m.cohortName());
        group.setValue(seats.getFirst());
        group.setVisible(seats.size() > 1);
        FieldErrors errors = new FieldErrors().map("title", title);
        Button create = new Button(getTranslation("cases.new.create"), e -> {
            Membership seat = group.getValue();
            try {
                long id = cases.create(seat.cohortId(), seat.municipalityId(), title.getValue());
                Notifications.success(getTranslation("cases.new.created"));
                close();
                UI.getCurrent().navigate("cases/" + id);
            } catch (DomainException ex) {
                errors.show(ex);
            }
        });
        create.setId("create-case");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        add(new Paragraph(getTranslation("cases.new.help")), group, title);
        getFooter().add(cancel, create);
    }
}
