package no.ks.ledergaloppen.innovationcase.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import no.ks.ledergaloppen.innovationcase.CaseDetails;
import no.ks.ledergaloppen.innovationcase.CaseService;

/** The case's own address: its description (need, target group, driver, team, anchoring) and who may read it. */
@Route(value = "cases/:caseId(\\d+)", layout = CaseLayout.class)
@PermitAll
public class CaseOverviewView extends CaseTab {

    private final CaseService cases;

    CaseOverviewView(CaseService cases) {
        this.cases = cases;
    }

    @Override
    Component content(CaseDetails details, Runnable reload) {
        return new OverviewTab(details, cases, reload);
    }
}
