package no.ks.ledergaloppen.assessment.panel;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.stream.Collectors;
import no.ks.ledergaloppen.assessment.Assessment;
import no.ks.ledergaloppen.assessment.AssessmentService;
import no.ks.ledergaloppen.assessment.Foundation;
import no.ks.ledergaloppen.assessment.TrendChart;
import no.ks.ledergaloppen.base.ui.Formats;
import no.ks.ledergaloppen.base.ui.Notifications;

/** The five foundations tab: the latest result, a form for a new scoring, and the trend. */
public class FoundationsPanel extends Composite<VerticalLayout> {

    private final java.time.Clock clock;

    private final long caseId;
    private final boolean canEdit;
    private final AssessmentService assessments;

    public FoundationsPanel(long caseId, boolean canEdit, AssessmentService assessments, java.time.Clock clock) {
        this.clock = clock;
        this.caseId = caseId;
        this.canEdit = canEdit;
        this.assessments = assessments;
        getContent().setPadding(false);
        render();
    }

    private void render() {
        VerticalLayout content = getContent();
        content.removeAll();
        List<Assessment> history = assessments.history(caseId);
        content.add(new Paragraph(getTranslation("foundations.intro")));
        if (history.isEmpty()) {
            content.add(new Paragraph(getTranslation("foundations.none")));
        } else {
            content.add(result(history.getLast()));
        }
        if (canEdit && history.isEmpty()) {
            content.add(form(false));
        } else if (canEdit) {
            // the group scores a few times a programme but looks at the result far more often: the form (thirty
            // choices) is built when asked for
            Div slot = new Div();
            slot.setWidthFull();
            Button start = new Button(getTranslation("foundations.new"), VaadinIcon.PLUS.create(), e -> {
                slot.removeAll();
                slot.add(form(true));
            });
            start.setId("new-assessment");
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            slot.add(start);
            content.add(slot);
        }
        if (!history.isEmpty()) {
            Svg chart = new Svg(TrendChart.svg(history, getTranslation("foundations.chartTitle"), getLocale()));
            chart.setId("trend-chart");
            chart.addClassName("chart");
            content.add(new H3(getTranslation("foundations.trend")), chart, new TrendTable(history));
        }
    }

    /** The scoring form; {@code focus}: it was asked for, so the keyboard goes on into it. */
    private Div form(boolean focus) {
        AssessmentForm form = new AssessmentForm(java.time.LocalDate.now(clock), draft -> assessments.record(caseId, draft),
                saved -> {
                    Notifications.success(getTranslation("foundations.saved"));
                    render();
                });
        Div box = new Div(new H3(getTranslation("foundations.new")), form);
        box.setId("assessment-form");
        box.setWidthFull();
        if (focus) {
            form.assessedOn.focus();
        }
        return box;
    }

    private Div result(Assessment latest) {
        Div box = new Div();
        box.setId("foundations-result");
        box.addClassName("foundations-result");
        Span big = new Span(getTranslation("foundations.result", latest.product(), Assessment.MAX_PRODUCT,
                String.format(getLocale(), "%.0f", latest.percentage())));
        big.addClassName("result-number");
        Paragraph when = new Paragraph(getTranslation("foundations.assessedOn", Formats.date(latest.assessedOn()),
                latest.assessedBy()));
        when.addClassName("muted");
        box.add(big, when);
        if (!latest.zeros().isEmpty()) {
            box.addClassName("zero");
            String names = latest.zeros().stream().map(f -> getTranslation("foundation." + f.name()))
                    .collect(Collectors.joining(", "));
            Paragraph warning = new Paragraph(getTranslation("foundations.zeroWarning", names));
            warning.setId("zero-warning");
            warning.addClassName("zero-warning");
            box.add(warning);
        } else {
            Foundation weakest = java.util.Arrays.stream(Foundation.values())
                    .min(java.util.Comparator.comparingInt(f -> latest.scores().get(f))).orElseThrow();
            box.add(new Paragraph(getTranslation("foundations.weakest", getTranslation("foundation." + weakest.name()))));
        }
        return box;
    }
}
