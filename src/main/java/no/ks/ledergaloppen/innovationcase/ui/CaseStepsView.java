package no.ks.ledergaloppen.innovationcase.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import no.ks.ledergaloppen.innovationcase.CaseDetails;
import no.ks.ledergaloppen.innovationcase.PhaseService;
import no.ks.ledergaloppen.roadmap.RoadmapService;

/** The current phase's steps as a checklist, with the roadmap's guidance for the chosen step beside it. */
@Route(value = "cases/:caseId(\\d+)/steps", layout = CaseLayout.class)
@PermitAll
public class CaseStepsView extends CaseTab {

    private final PhaseService phases;
    private final RoadmapService roadmap;

    CaseStepsView(PhaseService phases, RoadmapService roadmap) {
        this.phases = phases;
        this.roadmap = roadmap;
    }

    @Override
    Component content(CaseDetails details, Runnable reload) {
        return new StepsTab(details, phases, roadmap);
    }
}
