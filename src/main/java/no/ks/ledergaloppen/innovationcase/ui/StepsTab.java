package no.ks.ledergaloppen.innovationcase.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import no.ks.ledergaloppen.base.ui.Formats;
import no.ks.ledergaloppen.innovationcase.CaseDetails;
import no.ks.ledergaloppen.innovationcase.PhaseService;
import no.ks.ledergaloppen.innovationcase.StepTickInfo;
import no.ks.ledergaloppen.innovationcase.domain.StepTick;
import no.ks.ledergaloppen.roadmap.PhaseGuide;
import no.ks.ledergaloppen.roadmap.RoadmapService;
import no.ks.ledergaloppen.roadmap.StepGuide;
import no.ks.ledergaloppen.roadmap.guide.StepGuidePanel;

/** The current phase's steps as a checklist, with the chosen step's guidance beside it; a tick is saved at once. */
class StepsTab extends Composite<Div> {

    private final Div guide = new Div();

    StepsTab(CaseDetails details, PhaseService phases, RoadmapService roadmap) {
        long caseId = details.summary().id();
        PhaseGuide phase = roadmap.phase(details.summary().phase());
        Map<Long, StepTickInfo> ticks = phases.ticks(caseId);
        Div checklist = new Div();
        checklist.addClassName("checklist");
        checklist.add(new H3(getTranslation("case.steps.title", getTranslation("roadmap.phase." + phase.phase().name()))),
                new Paragraph(phase.purpose()));
        for (StepGuide step : phase.steps()) {
            checklist.add(row(caseId, step, ticks.get(step.id()), details.canEdit(), phases));
        }
        guide.addClassName("guide-panel");
        guide.getElement().setAttribute("role", "complementary");
        guide.getElement().setAttribute("aria-label", getTranslation("case.steps.guidance"));
        StepGuide first = phase.steps().stream().filter(s -> !ticks.containsKey(s.id())).findFirst()
                .orElse(phase.steps().isEmpty() ? null : phase.steps().getFirst());
        if (first != null) {
            showGuide(first);
        }
        getContent().addClassName("steps-tab");
        getContent().add(checklist, guide);
    }

    /**
     * A step's row. A tick or untick changes the row in place rather than drawing the tab anew, so the
     * checkbox keeps the keyboard focus (a new checkbox would leave it on the page's body).
     */
    private Div row(long caseId, StepGuide step, StepTickInfo tick, boolean canEdit, PhaseService phases) {
        Checkbox box = new Checkbox(step.position() + ". " + step.title(), tick != null);
        box.setId("step-" + step.id());
        box.setReadOnly(!canEdit);
        TextField note = new TextField();
        note.setPlaceholder(getTranslation("case.steps.note"));
        note.setAriaLabel(getTranslation("case.steps.noteFor", step.title()));
        note.setMaxLength(StepTick.NOTE_MAX);
        Span who = new Span();
        who.addClassName("muted");
        showTick(who, note, tick, canEdit);
        box.addValueChangeListener(e -> {
            if (e.getValue() == who.isVisible()) {
                return;
            }
            if (e.getValue()) {
                phases.tick(caseId, step.id(), note.getValue());
            } else {
                phases.untick(caseId, step.id());
                note.clear();
            }
            showTick(who, note, phases.ticks(caseId).get(step.id()), canEdit);
        });
        Button show = new Button(getTranslation("case.steps.showGuidance"), e -> showGuide(step));
        show.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        Div row = new Div(box, show, who, note);
        row.addClassName("step-row");
        return row;
    }

    private void showTick(Span who, TextField note, StepTickInfo tick, boolean canEdit) {
        who.setVisible(tick != null);
        who.setText(tick == null ? "" : getTranslation("case.steps.tickedBy", tick.tickedBy(),
                Formats.dateTime(tick.tickedAt())) + (tick.note() == null ? "" : " – " + tick.note()));
        note.setVisible(canEdit && tick == null);
    }

    private void showGuide(StepGuide step) {
        guide.removeAll();
        guide.add(new StepGuidePanel(step, true));
    }
}
