package no.ks.ledergaloppen.cohort.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Set;
import java.util.stream.Collectors;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.base.ui.FieldErrors;
import no.ks.ledergaloppen.base.ui.Notifications;
import no.ks.ledergaloppen.cohort.CohortDetails;
import no.ks.ledergaloppen.security.UserAccount;

/** Who facilitates the cohort; administrators add and remove facilitators here. */
class FacilitatorsSection extends Composite<VerticalLayout> {

    FacilitatorsSection(CohortDetails details, boolean admin, CohortServices services, Runnable onChange) {
        VerticalLayout content = getContent();
        content.setPadding(false);
        long cohortId = details.cohort().id();
        UnorderedList list = new UnorderedList();
        list.setId("facilitators");
        for (UserAccount f : details.facilitators()) {
            ListItem item = new ListItem(new Span(f.displayName()));
            if (admin) {
                Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                    services.cohorts().removeFacilitator(cohortId, f.id());
                    onChange.run();
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                remove.setAriaLabel(getTranslation("cohort.facilitators.remove", f.displayName()));
                item.add(remove);
            }
            list.add(item);
        }
        if (details.facilitators().isEmpty()) {
            list.add(new ListItem(getTranslation("cohort.facilitators.empty")));
        }
        content.add(new H3(getTranslation("cohort.facilitators.title")), list);
        if (admin) {
            Set<Long> current = details.facilitators().stream().map(UserAccount::id).collect(Collectors.toSet());
            ComboBox<UserAccount> choice = new ComboBox<>(getTranslation("cohort.facilitators.choose"));
            // Bounded: KS's facilitators are a small staff, not the programme's participants.
            choice.setItems(services.users().facilitators().stream().filter(u -> !current.contains(u.id())).toList());
            choice.setItemLabelGenerator(UserAccount::displayName);
            Button add = new Button(getTranslation("cohort.facilitators.add"), e -> {
                if (choice.getValue() == null) {
                    return;
                }
                try {
                    services.cohorts().addFacilitator(cohortId, choice.getValue().id());
                    Notifications.success(getTranslation("cohort.facilitators.added", choice.getValue().displayName()));
                    onChange.run();
                } catch (DomainException ex) {
                    new FieldErrors().map("facilitator", choice).show(ex);
                }
            });
            HorizontalLayout row = new HorizontalLayout(choice, add);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            content.add(row);
        }
    }
}
