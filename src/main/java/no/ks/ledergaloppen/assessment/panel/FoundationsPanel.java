package no.ks.ledergaloppen.assessment.panel;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
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
        if (canEdit) {
            content.add(new H3(getTranslation("foundations.new")),
                    new AssessmentForm(java.time.LocalDate.now(clock), draft -> assessments.record(caseId, draft), saved -> {
                        Notifications.success(getTranslation("foundations.saved"));
                        render();
                    }));
        }
        if (!history.isEmpty()) {
            Svg chart = new Svg(TrendChart.svg(history, getTranslation("foundations.chartTitle"), getLocale()));
            chart.setId("trend-chart");
            chart.addClassName("chart");
            content.add(new H3(getTranslation("foundations.trend")), chart, new TrendTable(history));
        }
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
