package no.ks.ledergaloppen.innovationcase.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import no.ks.ledergaloppen.innovationcase.CaseDetails;
import java.time.Clock;
import no.ks.ledergaloppen.learning.JournalService;
import no.ks.ledergaloppen.learning.panel.JournalPanel;

/** The leader group's learning journal: decisions, reflections and comments. */
@Route(value = "cases/:caseId(\\d+)/journal", layout = CaseLayout.class)
@PermitAll
public class CaseJournalView extends CaseTab {

    private final JournalService journal;
    private final Clock clock;

    CaseJournalView(JournalService journal, Clock clock) {
        this.journal = journal;
        this.clock = clock;
    }

    @Override
    Component content(CaseDetails details, Runnable reload) {
        return new JournalPanel(details.summary().id(), journal, clock);
    }
}
