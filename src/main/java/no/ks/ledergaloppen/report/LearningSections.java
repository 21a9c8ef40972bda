package no.ks.ledergaloppen.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import no.ks.ledergaloppen.assessment.Assessment;
import no.ks.ledergaloppen.assessment.Foundation;
import no.ks.ledergaloppen.assessment.TrendChart;
import no.ks.ledergaloppen.learning.BltRoundInfo;
import no.ks.ledergaloppen.learning.JournalEntryInfo;

/** The report's sections on what the leader group learned: BLT rounds, the five foundations, the journal. */
class LearningSections {

    private final ReportDocument doc;
    private final CaseReportContent content;

    LearningSections(ReportDocument doc, CaseReportContent content) {
        this.doc = doc;
        this.content = content;
    }

    /** Each round stays on one page; the section's heading stays with the first round. */
    void bltRounds() {
        if (content.rounds().isEmpty()) {
            doc.heading(doc.translate("case.tab.blt")).note(doc.translate("blt.none"));
            return;
        }
        doc.start("div", "class", "keep");
        doc.heading(doc.translate("case.tab.blt"));
        doc.element("p", null, doc.translate("report.blt.intro"));
        boolean first = true;
        for (BltRoundInfo r : content.rounds()) {
            doc.start("div", "class", "round");
            String title = doc.translate("blt.round", r.number());
            doc.subheading(r.phase() == null ? title : title + " · " + doc.translate("roadmap.phase." + r.phase().name()));
            doc.field(doc.translate("blt.field.need"), r.need())
                    .field(doc.translate("blt.field.solution"), r.solution())
                    .field(doc.translate("blt.field.testMethod"), r.testMethod())
                    .field(doc.translate("blt.field.result"), r.result())
                    .field(doc.translate("blt.field.learning"), r.learning())
                    .field(doc.translate("blt.field.decision"), r.open() ? doc.translate("blt.open")
                            : doc.translate("blt.decision." + r.decision().name()));
            doc.end();
            if (first) {
                doc.end();
                first = false;
            }
        }
    }

    /** The section stays on one page: the result, the chart and its numbers read together. */
    void foundations() {
        List<Assessment> history = content.assessments();
        if (history.isEmpty()) {
            doc.heading(doc.translate("case.tab.foundations")).note(doc.translate("foundations.none"));
            return;
        }
        doc.start("div", "class", "keep");
        doc.heading(doc.translate("case.tab.foundations"));
        doc.element("p", null, doc.translate("report.foundations.intro"));
        Assessment latest = history.getLast();
        doc.element("p", "result", doc.translate("report.foundations.latest", doc.date(latest.assessedOn()),
                latest.product(), Assessment.MAX_PRODUCT, doc.percent(latest.percentage())));
        if (!latest.zeros().isEmpty()) {
            doc.element("p", "zero", doc.translate("report.foundations.zero", latest.zeros().stream()
                    .map(this::foundation).collect(Collectors.joining(", "))));
        }
        String title = doc.translate("foundations.chartTitle");
        doc.chart(title, TrendChart.svg(history, title, doc.locale()),
                title + ": " + TrendChart.describe(history, doc.locale()));
        List<String> headers = new ArrayList<>();
        headers.add(doc.translate("foundations.date"));
        Arrays.stream(Foundation.values()).map(this::foundation).forEach(headers::add);
        headers.add(doc.translate("foundations.product"));
        headers.add(doc.translate("report.foundations.share"));
        List<List<String>> rows = history.stream().map(this::row).toList();
        doc.start("div", "class", "scores");
        doc.table(doc.translate("report.foundations.tableCaption"), headers, rows);
        doc.end().end();
    }

    private List<String> row(Assessment a) {
        List<String> cells = new ArrayList<>();
        cells.add(doc.date(a.assessedOn()));
        Arrays.stream(Foundation.values()).map(f -> String.valueOf(a.scores().get(f))).forEach(cells::add);
        cells.add(String.valueOf(a.product()));
        cells.add(doc.percent(a.percentage()));
        return cells;
    }

    /** Only the entries the leader group chose; without any, the section is left out. */
    void journal() {
        if (content.journal().isEmpty()) {
            return;
        }
        doc.start("div", "class", "keep");
        doc.heading(doc.translate("report.journal"));
        doc.note(doc.translate("report.journal.intro"));
        boolean first = true;
        for (JournalEntryInfo e : content.journal()) {
            doc.start("div", "class", "entry");
            doc.element("p", "entry-meta", doc.date(e.date()) + " · " + e.author());
            doc.paragraph(e.text());
            doc.end();
            if (first) {
                doc.end();
                first = false;
            }
        }
    }

    private String foundation(Foundation f) {
        return doc.translate("foundation." + f.name());
    }
}
