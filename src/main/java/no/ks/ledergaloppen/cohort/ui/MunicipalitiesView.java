package no.ks.ledergaloppen.cohort.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.base.ui.FieldErrors;
import no.ks.ledergaloppen.base.ui.Notifications;
import no.ks.ledergaloppen.cohort.MunicipalityDraft;
import no.ks.ledergaloppen.cohort.MunicipalityInfo;
import no.ks.ledergaloppen.cohort.MunicipalityService;
import no.ks.ledergaloppen.cohort.WrittenStandard;
import no.ks.ledergaloppen.cohort.domain.Municipality;
import no.ks.ledergaloppen.security.Role;

/** The municipalities KS works with (a few hundred at most, so the grid holds them all). */
@Route("municipalities")
@RolesAllowed(Role.ADMIN_NAME)
public class MunicipalitiesView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<MunicipalityInfo> grid = new Grid<>();
    private final MunicipalityService municipalities;

    MunicipalitiesView(MunicipalityService municipalities) {
        this.municipalities = municipalities;
        setSizeFull();
        Button create = new Button(getTranslation("municipality.new"), VaadinIcon.PLUS.create(), e -> openDialog(null));
        create.setId("new-municipality");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout();
        toolbar.setWidthFull();
        toolbar.addToEnd(create);
        grid.setId("municipalities");
        grid.addColumn(MunicipalityInfo::name).setHeader(getTranslation("municipality.name")).setSortable(true)
                .setWidth("11rem");
        grid.addColumn(MunicipalityInfo::county).setHeader(getTranslation("municipality.county")).setSortable(true)
                .setWidth("9rem");
        grid.addColumn(m -> getTranslation("municipality.standard." + m.writtenStandard().name()))
                .setHeader(getTranslation("municipality.writtenStandard"));
        grid.addComponentColumn(m -> new Button(getTranslation("action.edit"), e -> openDialog(m)))
                .setHeader(getTranslation("users.actions")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("municipality.empty"));
        // Bounded: Norway has about 360 municipalities, each registered once; a whole list stays small.
        grid.setItems(municipalities.all());
        add(toolbar, grid);
        setFlexGrow(1, grid);
    }

    private void openDialog(MunicipalityInfo editing) {
        Dialog dialog = new Dialog(getTranslation(editing == null ? "municipality.new" : "municipality.edit"));
        TextField name = new TextField(getTranslation("municipality.name"));
        name.setMaxLength(Municipality.NAME_MAX);
        TextField county = new TextField(getTranslation("municipality.county"));
        county.setMaxLength(Municipality.NAME_MAX);
        ComboBox<WrittenStandard> standard = new ComboBox<>(getTranslation("municipality.writtenStandard"));
        standard.setItems(WrittenStandard.values());
        standard.setItemLabelGenerator(s -> getTranslation("municipality.standard." + s.name()));
        standard.setValue(WrittenStandard.BOKMAL);
        if (editing != null) {
            name.setValue(editing.name());
            county.setValue(editing.county());
            standard.setValue(editing.writtenStandard());
        }
        dialog.add(new FormLayout(name, county, standard));
        FieldErrors errors = new FieldErrors().map("name", name).map("county", county).map("writtenStandard", standard);
        Button save = new Button(getTranslation("action.save"), e -> {
            MunicipalityDraft draft = new MunicipalityDraft(name.getValue(), county.getValue(), standard.getValue());
            try {
                MunicipalityInfo saved = editing == null ? municipalities.create(draft)
                        : municipalities.update(editing.id(), draft);
                dialog.close();
                Notifications.success(getTranslation("municipality.saved", saved.name()));
                grid.setItems(municipalities.all());
            } catch (DomainException ex) {
                errors.show(ex);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("municipality.pageTitle");
    }
}
