package no.ks.ledergaloppen.home.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import no.ks.ledergaloppen.cohort.CohortService;
import no.ks.ledergaloppen.cohort.LeaderGroupService;
import no.ks.ledergaloppen.security.CurrentUser;

/** The first page after login: a participant's own leader group, a facilitator's cohorts. */
@Route("")
@PermitAll
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    HomeView(CurrentUser currentUser, LeaderGroupService leaderGroups, CohortService cohorts,
             no.ks.ledergaloppen.gathering.GatheringService gatherings,
             no.ks.ledergaloppen.assignment.AssignmentService assignments,
             no.ks.ledergaloppen.dashboard.DashboardService dashboards,
             no.ks.ledergaloppen.innovationcase.PortfolioService portfolio) {
        setId("home");
        if (currentUser.isParticipant()) {
            add(new ParticipantHome(currentUser.require().displayName(), leaderGroups, gatherings, assignments,
                    portfolio));
        } else {
            add(new CohortCards(cohorts, gatherings, dashboards));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.pageTitle");
    }
}
