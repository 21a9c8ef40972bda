package no.ks.ledergaloppen.innovationcase.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import no.ks.ledergaloppen.base.ui.Formats;
import no.ks.ledergaloppen.innovationcase.PhaseMoveInfo;
import no.ks.ledergaloppen.base.ui.CaseAction;
import no.ks.ledergaloppen.innovationcase.CaseDetails;
import no.ks.ledergaloppen.innovationcase.CaseSummary;
import no.ks.ledergaloppen.innovationcase.PhaseService;
import org.springframework.beans.factory.ObjectProvider;

/** The case's header, the same on every tab: title and badges, where it stands, the phase track and the actions. */
class CaseHeader extends VerticalLayout {

    private final PhaseService phases;
    private final Clock clock;
    private final ObjectProvider<CaseAction> actions;
    private Button moveButton;

    CaseHeader(PhaseService phases, Clock clock, ObjectProvider<CaseAction> actions) {
        this.phases = phases;
        this.clock = clock;
        this.actions = actions;
        setPadding(false);
        addClassName("case-header");
    }

    void show(CaseDetails details, Runnable reload) {
        removeAll();
        moveButton = null;
        CaseSummary c = details.summary();
        String where = c.municipalityName() + " · " + c.cohortName();
        if (!c.finished()) {
            where += " · " + getTranslation("case.daysInPhase", Duration.between(c.phaseSince(), clock.instant()).toDays());
        }
        Paragraph place = new Paragraph(where);
        place.addClassName("muted");
        List<PhaseMoveInfo> history = phases.history(c.id());
        add(heading(details), place, new PhaseTrack(c.phase(), history));
        movedBack(history).ifPresent(this::add);
        HorizontalLayout toolbar = new HorizontalLayout();
        toolbar.setId("case-actions");
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);
        toolbar.addClassName("case-actions");
        // a finished case stays where it ended until it is reopened (PhaseService refuses the move too)
        if (details.canEdit() && !c.finished()) {
            Button move = new Button(getTranslation("case.move"), e -> new MovePhaseDialog(details, phases, () -> {
                reload.run();
                // the header is drawn anew: the keyboard focus goes to the new "Flytt fase", not to the page's body
                if (moveButton != null) {
                    moveButton.focus();
                }
            }).open());
            move.setId("move-phase");
            moveButton = move;
            move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.add(move);
        }
        actions.orderedStream().map(a -> a.create(c.id())).flatMap(Optional::stream).forEach(toolbar::add);
        if (toolbar.getComponentCount() > 0) {
            add(toolbar);
        }
        if (!details.canEdit()) {
            Paragraph readOnly = new Paragraph(getTranslation(details.archived() ? "case.archivedNote" : "case.readOnly"));
            readOnly.setId("read-only-note");
            add(readOnly);
        }
    }

    /** When the case came to its phase by a move back, the header says so in words, not only by the track's marks. */
    private Optional<Paragraph> movedBack(List<PhaseMoveInfo> history) {
        return history.stream().findFirst().filter(PhaseMoveInfo::back).map(last -> {
            Paragraph note = new Paragraph(getTranslation("case.movedBack", getTranslation("roadmap.phase." + last.from().name()),
                    Formats.dateTime(last.movedAt()), last.movedBy()));
            note.setId("moved-back");
            note.addClassName("moved-back");
            return note;
        });
    }

    private HorizontalLayout heading(CaseDetails details) {
        CaseSummary c = details.summary();
        Span visibility = new Span(getTranslation("case.visibility." + c.visibility().name()));
        visibility.setId("visibility-badge");
        visibility.getElement().getThemeList().add(c.visibility().name().equals("COHORT") ? "badge success" : "badge contrast");
        H2 title = new H2(c.title());
        title.setId("case-title");
        HorizontalLayout heading = new HorizontalLayout(title, visibility);
        if (details.archived()) {
            Span archived = new Span(getTranslation("case.archived"));
            archived.setId("archived-badge");
            archived.getElement().getThemeList().add("badge contrast primary");
            heading.add(archived);
        }
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        return heading;
    }
}
