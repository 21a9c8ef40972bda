package no.ks.ledergaloppen.innovationcase.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import no.ks.ledergaloppen.innovationcase.CaseDetails;
import no.ks.ledergaloppen.innovationcase.PhaseService;

/** Every phase move of the case, newest first, with who, when and why. */
@Route(value = "cases/:caseId(\\d+)/history", layout = CaseLayout.class)
@PermitAll
public class CaseHistoryView extends CaseTab {

    private final PhaseService phases;

    CaseHistoryView(PhaseService phases) {
        this.phases = phases;
    }

    @Override
    Component content(CaseDetails details, Runnable reload) {
        return new HistoryTab(phases.history(details.summary().id()));
    }
}
