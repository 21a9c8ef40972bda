package no.ks.ledergaloppen.cohort.ui;

import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.base.ui.FieldErrors;
import no.ks.ledergaloppen.base.ui.Focus;
import no.ks.ledergaloppen.cohort.MunicipalityInfo;
import no.ks.ledergaloppen.cohort.domain.LeaderGroupMember;
import no.ks.ledergaloppen.security.CreatedUser;
import no.ks.ledergaloppen.security.Language;
import no.ks.ledergaloppen.security.UserAccount;
import no.ks.ledergaloppen.security.UserDraft;
import no.ks.ledergaloppen.security.fields.OneTimePasswordDialog;
import no.ks.ledergaloppen.security.fields.UserFields;

/** Adds a person to a municipality's leader group: an existing participant, or a new one. */
class MemberDialog extends Dialog {

    private final RadioButtonGroup<Boolean> mode = new RadioButtonGroup<>();
    private final ComboBox<UserAccount> existing = new ComboBox<>();
    private final UserFields newUser = new UserFields(false);
    private final TextField title = new TextField();

    MemberDialog(long cohortId, MunicipalityInfo municipality, CohortServices services, Runnable onChange) {
        setHeaderTitle(getTranslation("cohort.members.addTo", municipality.name()));
        setWidth("min(40rem, 95vw)");
        mode.setLabel(getTranslation("cohort.members.who"));
        mode.setItems(true, false);
        mode.setItemLabelGenerator(isExisting -> getTranslation(isExisting ? "cohort.members.existing" : "cohort.members.new"));
        mode.setValue(true);
        mode.setId("member-mode");
        existing.setLabel(getTranslation("cohort.members.participant"));
        existing.setItems(query -> services.users().participants(query.getFilter().orElse(""),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        existing.setItemLabelGenerator(u -> u.displayName() + " (" + u.username() + ")");
        title.setLabel(getTranslation("cohort.members.title"));
        title.setPlaceholder(getTranslation("cohort.members.titleExample"));
        title.setId("member-title");
        title.setMaxLength(LeaderGroupMember.TITLE_MAX);
        newUser.language.setValue(municipality.writtenStandard() == no.ks.ledergaloppen.cohort.WrittenStandard.NYNORSK
                ? Language.NN : Language.NB);
        FormLayout form = new FormLayout(mode, existing, newUser, title);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        newUser.setVisible(false);
        mode.addValueChangeListener(e -> {
            existing.setVisible(e.getValue());
            newUser.setVisible(!e.getValue());
        });
        add(form);
        FieldErrors errors = newUser.errors().map("user", existing).map("title", title);
        String opener = MunicipalitiesSection.addMemberId(municipality.id());
        Button save = new Button(getTranslation("cohort.members.save"), e -> {
            try {
                if (mode.getValue()) {
                    if (existing.getValue() == null) {
                        throw new DomainException("user", "validation.required");
                    }
                    services.leaderGroups().addMember(cohortId, municipality.id(), existing.getValue().id(), title.getValue());
                } else {
                    UserDraft draft = newUser.draft();
                    CreatedUser created = services.leaderGroups().createParticipant(cohortId, municipality.id(), draft,
                            title.getValue());
                    new OneTimePasswordDialog(created).returnFocusTo(opener).open();
                }
                close();
                onChange.run();
                if (mode.getValue()) {
                    Focus.onElement(opener); // the card was drawn anew: its button that opened this dialog is gone
                }
            } catch (DomainException ex) {
                errors.show(ex);
            }
        });
        save.setId("save-member");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
