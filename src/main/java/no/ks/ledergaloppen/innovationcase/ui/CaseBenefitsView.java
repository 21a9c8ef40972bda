package no.ks.ledergaloppen.innovationcase.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import no.ks.ledergaloppen.benefits.BenefitsService;
import no.ks.ledergaloppen.benefits.panel.BenefitsPanel;
import no.ks.ledergaloppen.innovationcase.CaseDetails;

/** Benefits realisation: the case's benefits, their indicators, measurements and corrective actions. */
@Route(value = "cases/:caseId(\\d+)/benefits", layout = CaseLayout.class)
@PermitAll
public class CaseBenefitsView extends CaseTab {

    private final BenefitsService benefits;
    private final Clock clock;

    CaseBenefitsView(BenefitsService benefits, Clock clock) {
        this.benefits = benefits;
        this.clock = clock;
    }

    @Override
    Component content(CaseDetails details, Runnable reload) {
        return new BenefitsPanel(details.summary().id(), benefits, clock);
    }
}
