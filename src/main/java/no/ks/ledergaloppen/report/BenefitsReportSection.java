package no.ks.ledergaloppen.report;

import java.util.ArrayList;
import java.util.List;
import no.ks.ledergaloppen.base.Decimals;
import no.ks.ledergaloppen.benefits.BenefitView;
import no.ks.ledergaloppen.benefits.BenefitsOverview;
import no.ks.ledergaloppen.benefits.BenefitsService;
import no.ks.ledergaloppen.benefits.CorrectiveAction;
import no.ks.ledergaloppen.benefits.IndicatorChart;
import no.ks.ledergaloppen.benefits.IndicatorView;
import no.ks.ledergaloppen.benefits.MeasurementPoint;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The benefits in the case report: each benefit with its owner and assumptions, and each indicator's chart
 * with its numbers as a table beside it (date, value, the plan that day, status, corrective action). A case
 * without benefits gets no section at all. It lives in the report feature, not in benefits: the case workspace
 * (which the report reads) shows the benefits page, so benefits depending on report would close a cycle.
 */
@Component
@Order(10)
class BenefitsReportSection implements CaseReportSection {

    private final BenefitsService benefits;

    BenefitsReportSection(BenefitsService benefits) {
        this.benefits = benefits;
    }

    @Override
    public void write(long caseId, ReportDocument doc) {
        BenefitsOverview overview = benefits.overview(caseId);
        if (overview.benefits().isEmpty()) {
            return;
        }
        doc.heading(doc.translate("case.tab.benefits"));
        doc.note(doc.translate("benefits.report.intro"));
        for (BenefitView b : overview.benefits()) {
            doc.subheading(b.description());
            doc.note(doc.translate("benefits.benefit.summary", doc.translate("benefits.type." + b.type().name()),
                    b.ownerName(), b.ownerTitle()));
            doc.field(doc.translate("benefits.field.assumptions"), b.assumptions());
            b.indicators().stream().filter(IndicatorView::active).forEach(i -> indicator(doc, i));
        }
    }

    private void indicator(ReportDocument doc, IndicatorView i) {
        IndicatorChart.Texts texts = IndicatorChart.Texts.of(i.name(), doc::translate);
        doc.chart(i.name(), IndicatorChart.svg(i, texts, doc.locale()),
                i.name() + ": " + IndicatorChart.describe(i, texts, doc.locale()));
        if (i.measurements().isEmpty()) {
            return;
        }
        List<String> headers = List.of(doc.translate("benefits.field.date"), doc.translate("benefits.report.value", i.unit()),
                doc.translate("benefits.report.plan"), doc.translate("benefits.report.status"),
                doc.translate("benefits.field.actionWhat"));
        List<List<String>> rows = new ArrayList<>();
        for (MeasurementPoint p : i.measurements()) {
            CorrectiveAction a = p.action();
            rows.add(List.of(doc.date(p.date()), Decimals.format(p.value(), doc.locale()),
                    Decimals.format(i.plan().expectedAt(p.date()).setScale(1, java.math.RoundingMode.HALF_UP), doc.locale()),
                    doc.translate("benefits.status." + p.status().name()),
                    a == null ? "" : doc.translate("benefits.action.kept", a.what(), a.who(), doc.date(a.due()))));
        }
        doc.table(doc.translate("benefits.report.tableCaption", i.name()), headers, rows);
    }
}
