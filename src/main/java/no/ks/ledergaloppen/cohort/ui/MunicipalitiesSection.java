package no.ks.ledergaloppen.cohort.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
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
import no.ks.ledergaloppen.base.ui.Focus;
import no.ks.ledergaloppen.base.ui.Notifications;
import no.ks.ledergaloppen.cohort.CohortDetails;
import no.ks.ledergaloppen.cohort.EnrolledMunicipality;
import no.ks.ledergaloppen.cohort.MemberInfo;
import no.ks.ledergaloppen.cohort.MunicipalityInfo;

/** The municipalities of a cohort with their leader groups; enrol, remove, add and remove members. */
class MunicipalitiesSection extends Composite<VerticalLayout> {

    private static final String ENROL_ID = "enrol-municipality";

    private final CohortDetails details;
    private final CohortServices services;
    private final Runnable onChange;

    MunicipalitiesSection(CohortDetails details, CohortServices services, Runnable onChange) {
        this.details = details;
        this.services = services;
        this.onChange = onChange;
        VerticalLayout content = getContent();
        content.setPadding(false);
        content.add(new H3(getTranslation("cohort.municipalities.title")), enrolRow());
        if (details.municipalities().isEmpty()) {
            content.add(new Paragraph(getTranslation("cohort.municipalities.empty")));
        }
        Div cards = new Div();
        cards.addClassName("cards");
        details.municipalities().forEach(m -> cards.add(card(m)));
        content.add(cards);
    }

    private HorizontalLayout enrolRow() {
        Set<Long> enrolled = details.municipalities().stream().map(m -> m.municipality().id())
                .collect(Collectors.toSet());
        ComboBox<MunicipalityInfo> choice = new ComboBox<>(getTranslation("cohort.municipalities.choose"));
        choice.setId(ENROL_ID);
        // Bounded by the country's municipalities (about 360), each registered once.
        choice.setItems(services.municipalities().all().stream().filter(m -> !enrolled.contains(m.id())).toList());
        choice.setItemLabelGenerator(m -> m.name() + " (" + m.county() + ")");
        choice.setWidth("20rem");
        choice.setMaxWidth("100%");
        Button enrol = new Button(getTranslation("cohort.municipalities.enrol"), e -> {
            if (choice.getValue() == null) {
                choice.setErrorMessage(getTranslation("validation.required"));
                choice.setInvalid(true);
                return;
            }
            try {
                services.cohorts().enrol(details.cohort().id(), choice.getValue().id());
                Notifications.success(getTranslation("cohort.municipalities.enrolled", choice.getValue().name()));
                onChange.run();
                Focus.onElement(ENROL_ID); // the section was drawn anew: ready to enrol the next municipality
            } catch (DomainException ex) {
                new FieldErrors().map("municipality", choice).show(ex);
            }
        });
        enrol.setId("enrol");
        HorizontalLayout row = new HorizontalLayout(choice, enrol);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    /** The id of a municipality's "Legg til person" button, where the focus returns after adding someone. */
    static String addMemberId(long municipalityId) {
        return "add-member-" + municipalityId;
    }

    private Div card(EnrolledMunicipality m) {
        Div card = new Div();
        card.addClassName("card");
        card.setId("municipality-" + m.municipality().id());
        H4 name = new H4(m.municipality().name());
        Span standard = new Span(getTranslation("municipality.standard." + m.municipality().writtenStandard().name()));
        standard.addClassName("muted");
        UnorderedList group = new UnorderedList();
        group.addClassName("member-list");
        for (MemberInfo member : m.leaderGroup()) {
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> removeMember(member));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            remove.setAriaLabel(getTranslation("cohort.members.remove", member.displayName()));
            Span who = new Span(member.displayName() + " – " + member.title());
            if (!member.enabled()) {
                who.add(" " + getTranslation("users.disabledSuffix"));
            }
            group.add(new ListItem(who, remove));
        }
        if (m.leaderGroup().isEmpty()) {
            group.add(new ListItem(getTranslation("cohort.members.empty")));
        }
        Button add = new Button(getTranslation("cohort.members.add"), VaadinIcon.PLUS.create(),
                e -> new MemberDialog(details.cohort().id(), m.municipality(), services, onChange).open());
        add.setId(addMemberId(m.municipality().id()));
        Button unenrol = new Button(getTranslation("cohort.municipalities.remove"), e -> confirmUnenrol(m));
        unenrol.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        card.add(new HorizontalLayout(name, standard), group, new HorizontalLayout(add, unenrol));
        return card;
    }

    private void removeMember(MemberInfo member) {
        services.leaderGroups().removeMember(member.memberId());
        Notifications.success(getTranslation("cohort.members.removed", member.displayName()));
        onChange.run();
    }

    private void confirmUnenrol(EnrolledMunicipality m) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("cohort.municipalities.removeTitle", m.municipality().name()),
                getTranslation("cohort.municipalities.removeText", m.leaderGroup().size()),
                getTranslation("cohort.municipalities.remove"), e -> {
                    services.cohorts().unenrol(details.cohort().id(), m.municipality().id());
                    onChange.run();
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }
}
