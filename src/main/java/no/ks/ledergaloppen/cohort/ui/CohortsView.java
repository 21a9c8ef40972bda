package no.ks.ledergaloppen.cohort.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import no.ks.ledergaloppen.base.ui.Formats;
import no.ks.ledergaloppen.base.ui.Notifications;
import no.ks.ledergaloppen.cohort.CohortService;
import no.ks.ledergaloppen.cohort.CohortSummary;
import no.ks.ledergaloppen.security.CurrentUser;
import no.ks.ledergaloppen.security.Role;

/** The cohorts the user runs. Administrators create new ones here. */
@Route("cohorts")
@RolesAllowed({Role.ADMIN_NAME, Role.FACILITATOR_NAME})
public class CohortsView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<CohortSummary> grid = new Grid<>();
    private final Checkbox showArchived = new Checkbox();
    private final CohortService cohorts;

    CohortsView(CohortService cohorts, CurrentUser currentUser) {
        this.cohorts = cohorts;
        setSizeFull();
        showArchived.setLabel(getTranslation("cohorts.showArchived"));
        showArchived.addValueChangeListener(e -> refresh());
        HorizontalLayout toolbar = new HorizontalLayout(showArchived);
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);
        toolbar.setWidthFull();
        if (currentUser.isAdmin()) {
            Button create = new Button(getTranslation("cohorts.new"), VaadinIcon.PLUS.create(), e -> openCreate());
            create.setId("new-cohort");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.addToEnd(create);
        }
        grid.setId("cohorts");
        grid.addColumn(new ComponentRenderer<>(c -> new RouterLink(c.name(), CohortView.class,
                        new RouteParameters("cohortId", String.valueOf(c.id())))))
                .setHeader(getTranslation("cohort.form.name")).setKey("name").setSortable(true)
                .setWidth("13rem").setFlexGrow(2);
        grid.addColumn(CohortSummary::region).setHeader(getTranslation("cohort.form.region")).setKey("region")
                .setSortable(true).setWidth("10rem");
        grid.addColumn(c -> Formats.date(c.startDate()) + "–" + Formats.date(c.endDate()))
                .setHeader(getTranslation("cohorts.period")).setKey("startDate").setSortable(true)
                .setWidth("12rem");
        grid.addColumn(c -> getTranslation("cohort.status." + c.status().name()))
                .setHeader(getTranslation("cohort.form.status")).setKey("status").setSortable(true);
        grid.addColumn(CohortSummary::municipalityCount).setHeader(getTranslation("cohorts.municipalities"));
        grid.setEmptyStateText(getTranslation(currentUser.isAdmin() ? "cohorts.empty.admin" : "cohorts.empty.facilitator"));
        grid.setItems(query -> cohorts.page(showArchived.getValue(),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        Paragraph intro = new Paragraph(getTranslation("cohorts.intro"));
        add(intro, toolbar, grid);
        setFlexGrow(1, grid);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private void openCreate() {
        new CohortDialog(getTranslation("cohorts.new"), null, cohorts::create, saved -> {
            Notifications.success(getTranslation("cohorts.created", saved.name()));
            getUI().ifPresent(ui -> ui.navigate(CohortView.class,
                    new RouteParameters("cohortId", String.valueOf(saved.id()))));
        }).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cohorts.pageTitle");
    }
}
