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

/** The current phase's steps as a checklist, with the chosen step's guidance beside it. */
class StepsTab extends Composite<Div> {

    private final Div guide = new Div();

    StepsTab(CaseDetails details, PhaseService phases, RoadmapService roadmap, Runnable reload) {
        long caseId = details.summary().id();
        PhaseGuide phase = roadmap.phase(details.summary().phase());
        Map<Long, StepTickInfo> ticks = phases.ticks(caseId);
        Div checklist = new Div();
        checklist.addClassName("checklist");
        checklist.add(new H3(getTranslation("case.steps.title", getTranslation("roadmap.phase." + phase.phase().name()))),
                new Paragraph(phase.purpose()));
        for (StepGuide step : phase.steps()) {
            StepTickInfo tick = ticks.get(step.id());
            Checkbox box = new Checkbox(step.position() + ". " + step.title(), tick != null);
            box.setId("step-" + step.id());
            box.setReadOnly(!details.canEdit());
            TextField note = new TextField();
            note.setPlaceholder(getTranslation("case.steps.note"));
            note.setAriaLabel(getTranslation("case.steps.noteFor", step.title()));
            note.setMaxLength(StepTick.NOTE_MAX);
            note.setVisible(details.canEdit() && tick == null);
            box.addValueChangeListener(e -> {
                if (!e.isFromClient() && e.getValue() == (tick != null)) {
                    return;
                }
                if (e.getValue()) {
                    phases.tick(caseId, step.id(), note.getValue());
                } else {
                    phases.untick(caseId, step.id());
                }
                reload.run();
            });
            Button show = new Button(getTranslation("case.steps.showGuidance"), e -> showGuide(step));
            show.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            Div row = new Div(box, show);
            row.addClassName("step-row");
            if (tick != null) {
                Span who = new Span(getTranslation("case.steps.tickedBy", tick.tickedBy(), Formats.dateTime(tick.tickedAt()))
                        + (tick.note() == null ? "" : " – " + tick.note()));
                who.addClassName("muted");
                row.add(who);
            }
            row.add(note);
            checklist.add(row);
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

    private void showGuide(StepGuide step) {
        guide.removeAll();
        guide.add(new StepGuidePanel(step, true));
    }
}
