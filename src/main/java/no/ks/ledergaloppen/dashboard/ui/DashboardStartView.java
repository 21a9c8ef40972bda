package no.ks.ledergaloppen.dashboard.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import no.ks.ledergaloppen.cohort.CohortService;
import no.ks.ledergaloppen.cohort.CohortSummary;
import no.ks.ledergaloppen.gathering.GatheringInfo;
import no.ks.ledergaloppen.gathering.GatheringService;
import no.ks.ledergaloppen.security.Role;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The side navigation's "Kulloversikt": opens the dashboard of a cohort one runs (a switcher there leads to the others). */
@Route("dashboard")
@RolesAllowed({Role.ADMIN_NAME, Role.FACILITATOR_NAME})
public class DashboardStartView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CohortService cohorts;
    private final GatheringService gatherings;

    DashboardStartView(CohortService cohorts, GatheringService gatherings) {
        this.cohorts = cohorts;
        this.gatherings = gatherings;
    }

    /** The cohort whose next gathering comes first: the one to prepare for; else the newest. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<CohortSummary> mine = cohorts.page(false, PageRequest.of(0, 50, Sort.by(Sort.Direction.DESC, "startDate")))
                .getContent();
        mine.stream().min(Comparator.comparing((CohortSummary c) -> gatherings.next(c.id()).map(GatheringInfo::date)
                        .orElse(LocalDate.MAX)))
                .ifPresentOrElse(c -> event.forwardTo(DashboardView.class,
                                new RouteParameters("cohortId", String.valueOf(c.id()))),
                        () -> {
                            removeAll(); // the same page opened again keeps this view (Vaadin reuses it)
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
