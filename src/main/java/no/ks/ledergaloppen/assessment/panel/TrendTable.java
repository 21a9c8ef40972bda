package no.ks.ledergaloppen.assessment.panel;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Html;
import java.util.List;
import no.ks.ledergaloppen.assessment.Assessment;
import no.ks.ledergaloppen.assessment.Foundation;
import no.ks.ledergaloppen.base.ui.Formats;
import no.ks.ledergaloppen.base.ui.StaticTable;
import org.jsoup.nodes.Element;

/**
 * The trend as a real table: one row per assessment, each score with an arrow against the one before.
 * The arrows carry hidden words ("up from 3") so a screen reader reads the trend too. Read-only, so it
 * goes to the browser as one element.
 */
class TrendTable extends Composite<Html> {

    private final List<Assessment> history;

    TrendTable(List<Assessment> history) {
        this.history = history;
    }

    @Override
    protected Html initContent() {
        StaticTable table = new StaticTable("trend", null).addClassName("trend-table");
        table.header(getTranslation("foundations.date"));
        for (Foundation f : Foundation.values()) {
            table.header(getTranslation("foundation." + f.name()));
        }
        table.header(getTranslation("foundations.product"));
        Assessment previous = null;
        for (Assessment a : history) {
            Element row = table.row(Formats.date(a.assessedOn()));
            for (Foundation f : Foundation.values()) {
                scoreCell(row, a.scores().get(f), previous == null ? null : previous.scores().get(f));
            }
            Element product = StaticTable.cell(row, a.product() + " (" + Math.round(a.percentage()) + " %)");
            if (a.product() == 0) {
                product.addClass("zero");
            }
            previous = a;
        }
        return table.build("table-scroll", getTranslation("foundations.trend"));
    }

    private void scoreCell(Element row, int score, Integer before) {
        Element cell = StaticTable.cell(row, String.valueOf(score));
        if (score == 0) {
            cell.addClass("zero");
        }
        if (before != null && before != score) {
            cell.appendElement("span").attr("aria-hidden", "true").addClass(score > before ? "trend-up" : "trend-down")
                    .text(score > before ? " ▲" : " ▼");
            cell.appendElement("span").addClass("sr-only")
                    .text(" " + getTranslation(score > before ? "foundations.upFrom" : "foundations.downFrom", before));
        }
    }
}
