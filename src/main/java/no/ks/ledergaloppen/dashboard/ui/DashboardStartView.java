package no.ks.ledergaloppen.dashboard.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import no.ks.ledergaloppen.cohort.CohortService;
import no.ks.ledergaloppen.security.Role;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The side navigation's "Kulloversikt": opens the dashboard of the newest cohort one runs (a switcher there leads to the others). */
@Route("dashboard")
@RolesAllowed({Role.ADMIN_NAME, Role.FACILITATOR_NAME})
public class DashboardStartView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CohortService cohorts;

    DashboardStartView(CohortService cohorts) {
        this.cohorts = cohorts;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        cohorts.page(false, PageRequest.of(0, 1, Sort.by(Sort.Direction.DESC, "startDate"))).stream().findFirst()
                .ifPresentOrElse(c -> event.forwardTo(DashboardView.class,
                                new RouteParameters("cohortId", String.valueOf(c.id()))),
                        () -> {
                            Paragraph none = new Paragraph(getTranslation("dashboard.noCohorts"));
                            none.setId("no-cohorts");
                            add(none);
                        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.pageTitle");
    }
}
