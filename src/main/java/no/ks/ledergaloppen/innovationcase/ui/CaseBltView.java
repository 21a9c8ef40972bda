package no.ks.ledergaloppen.innovationcase.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import no.ks.ledergaloppen.innovationcase.CaseDetails;
import no.ks.ledergaloppen.learning.BltService;
import no.ks.ledergaloppen.learning.panel.BltPanel;

/** The case's BLT rounds (need, solution, test). */
@Route(value = "cases/:caseId(\\d+)/blt", layout = CaseLayout.class)
@PermitAll
public class CaseBltView extends CaseTab {

    private final BltService blt;

    CaseBltView(BltService blt) {
        this.blt = blt;
    }

    @Override
    Component content(CaseDetails details, Runnable reload) {
        return new BltPanel(details.summary().id(), details.canEdit(), details.summary().phase(), blt);
    }
}
