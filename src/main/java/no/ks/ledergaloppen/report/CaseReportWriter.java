package no.ks.ledergaloppen.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import no.ks.ledergaloppen.base.AppClock;
import no.ks.ledergaloppen.innovationcase.CaseFields;
import no.ks.ledergaloppen.innovationcase.CaseSummary;
import no.ks.ledergaloppen.innovationcase.PhaseMoveInfo;
import no.ks.ledergaloppen.roadmap.Phase;

/**
 * Writes the report's cover, the case's description and its way through the roadmap; the learning
 * sections follow from {@link LearningSections}. Empty parts are left out or said in one sentence.
 */
class CaseReportWriter {

    static final ZoneId OSLO = AppClock.OSLO;

    private final ReportDocument doc;
    private final CaseReportContent content;
    private final CaseSummary summary;
    private final LocalDate today;

    CaseReportWriter(ReportDocument doc, CaseReportContent content, LocalDate today) {
        this.doc = doc;
        this.content = content;
        this.summary = content.details().summary();
        this.today = today;
    }

    /** The whole report; {@code extraSections} writes the other features' sections after the five foundations. */
    void write(String css, Runnable extraSections) {
        doc.begin(doc.translate("report.documentTitle", summary.title(), summary.municipalityName()),
                doc.translate("report.subject"), summary.municipalityName(), css);
        doc.element("div", "footer", summary.municipalityName() + " · " + summary.title());
        cover();
        about();
        roadmap();
        LearningSections learning = new LearningSections(doc, content);
        learning.bltRounds();
        learning.foundations();
        extraSections.run();
        learning.journal();
    }

    private void cover() {
        doc.start("div", "class", "cover");
        doc.element("p", "kicker", doc.translate("report.cover.kicker"));
        doc.element("h1", null, summary.municipalityName());
        doc.element("p", "case-title", summary.title());
        doc.start("div", "class", "cover-facts");
        doc.element("p", null, doc.translate("report.cover.cohort", summary.cohortName()));
        doc.element("p", null, doc.translate("report.cover.phase", phase(summary.phase())));
        doc.element("p", null, doc.translate("report.cover.date", doc.date(today)));
        doc.end();
        doc.element("p", "cover-programme", doc.translate("report.cover.programme"));
        doc.end();
    }

    private void about() {
        CaseFields f = content.details().fields();
        doc.heading(doc.translate("report.about"));
        List<String> texts = Arrays.asList(f.needStatement(), f.targetGroup(), f.driver(), f.team(),
                f.anchoring());
        if (texts.stream().allMatch(t -> t == null || t.isBlank())) {
            doc.note(doc.translate("report.about.empty"));
            return;
        }
        doc.field(doc.translate("report.field.need"), f.needStatement())
                .field(doc.translate("report.field.targetGroup"), f.targetGroup())
                .field(doc.translate("report.field.driver"), f.driver())
                .field(doc.translate("report.field.team"), f.team())
                .field(doc.translate("report.field.anchoring"), f.anchoring());
    }

    private void roadmap() {
        doc.heading(doc.translate("report.phase"));
        doc.element("p", null, doc.translate("report.phase.current", phase(summary.phase()),
                doc.date(LocalDate.ofInstant(summary.phaseSince(), OSLO))));
        track();
        List<PhaseMoveInfo> moves = content.moves();
        if (moves.isEmpty()) {
            return;
        }
        doc.subheading(doc.translate("report.phase.history"));
        doc.start("table", "class", "history");
        doc.element("caption", null, doc.translate("report.phase.historyCaption"));
        doc.start("thead").start("tr");
        for (String key : List.of("report.phase.col.date", "report.phase.col.move", "report.phase.col.reason",
                "report.phase.col.by")) {
            doc.start("th", "scope", "col").text(doc.translate(key)).end();
        }
        doc.end().end().start("tbody");
        moves.forEach(this::move);
        doc.end().end();
        if (moves.stream().anyMatch(PhaseMoveInfo::back)) {
            doc.note(doc.translate("report.phase.backNote"));
        }
    }

    /** The six phases in a row, the current one filled: where the case stands at a glance. */
    private void track() {
        doc.start("div", "class", "track");
        for (Phase p : Phase.values()) {
            String state = p == summary.phase() ? "current" : p.isBefore(summary.phase()) ? "passed" : "ahead";
            doc.start("div", "class", "phase " + state);
            doc.element("span", "number", String.valueOf(p.number()));
            doc.text(phase(p)).end();
        }
        doc.end();
    }

    private void move(PhaseMoveInfo m) {
        String to = phase(m.to());
        String what = m.from() == null ? doc.translate("case.history.started", to)
                : doc.translate(m.back() ? "case.history.movedBack" : "case.history.moved", phase(m.from()), to);
        doc.start("tr", "class", m.back() ? "back" : null);
        doc.element("td", "nowrap", doc.date(LocalDate.ofInstant(m.movedAt(), OSLO)));
        doc.element("td", m.back() ? "strong" : null, what);
        doc.element("td", null, m.reason());
        doc.element("td", null, m.movedBy());
        doc.end();
    }

    private String phase(Phase p) {
        return doc.translate("roadmap.phase." + p.name());
    }
}
