package no.ks.ledergaloppen.innovationcase.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import no.ks.ledergaloppen.cohort.LeaderGroupService;
import no.ks.ledergaloppen.cohort.Membership;
import no.ks.ledergaloppen.innovationcase.CaseService;
import no.ks.ledergaloppen.innovationcase.PortfolioService;
import no.ks.ledergaloppen.security.CurrentUser;

/**
 * The portfolio. A participant sees their own municipality's cases in the leader group's order (and may
 * reorder them or start a new one), then the cases other municipalities share with the cohort. A facilitator
 * sees every case of the cohorts they run, grouped by municipality.
 */
@Route("cases")
@PermitAll
public class CasesView extends VerticalLayout implements HasDynamicTitle {

    CasesView(PortfolioService portfolio, CaseService cases, LeaderGroupService groups, CurrentUser currentUser) {
        setSizeFull();
        setMaxWidth("80rem");
        if (!currentUser.isParticipant()) {
            OthersGrid grid = new OthersGrid(portfolio, true);
            add(new Paragraph(getTranslation("cases.intro.facilitator")), grid);
            setFlexGrow(1, grid);
            return;
        }
        H2 own = new H2(getTranslation("cases.portfolio.own"));
        HorizontalLayout heading = new HorizontalLayout(own);
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        heading.setWidthFull();
        List<Membership> seats = groups.myMemberships();
        if (!seats.isEmpty()) {
            Button start = new Button(getTranslation("cases.new"), VaadinIcon.PLUS.create(),
                    e -> new NewCaseDialog(cases, seats).open());
            start.setId("new-case");
            heading.add(start);
        }
        add(heading, new Paragraph(getTranslation("cases.portfolio.ownIntro")), new OwnCasesList(portfolio),
                new H2(getTranslation("cases.portfolio.shared")),
                new Paragraph(getTranslation("cases.portfolio.sharedIntro")), new OthersGrid(portfolio, false));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cases.pageTitle");
    }
}
