package no.ks.ledergaloppen.innovationcase.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import no.ks.ledergaloppen.innovationcase.CaseDetails;
import java.time.Clock;
import no.ks.ledergaloppen.assessment.AssessmentService;
import no.ks.ledergaloppen.assessment.panel.FoundationsPanel;

/** The five foundations: a new assessment, the latest result and the trend. */
@Route(value = "cases/:caseId(\\d+)/foundations", layout = CaseLayout.class)
@PermitAll
public class CaseFoundationsView extends CaseTab {

    private final AssessmentService assessments;
    private final Clock clock;

    CaseFoundationsView(AssessmentService assessments, Clock clock) {
        this.assessments = assessments;
        this.clock = clock;
    }

    @Override
    Component content(CaseDetails details, Runnable reload) {
        return new FoundationsPanel(details.summary().id(), details.canEdit(), assessments, clock);
    }
}
