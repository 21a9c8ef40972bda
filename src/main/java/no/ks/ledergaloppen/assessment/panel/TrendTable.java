package no.ks.ledergaloppen.assessment.panel;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import no.ks.ledergaloppen.assessment.Assessment;
import no.ks.ledergaloppen.assessment.Foundation;
import no.ks.ledergaloppen.base.ui.Formats;

/**
 * The trend as a real table: one row per assessment, each score with an arrow against the one before.
 * The arrows carry hidden words ("up from 3") so a screen reader reads the trend too.
 */
class TrendTable extends Composite<Div> {

    TrendTable(List<Assessment> history) {
        NativeTable table = new NativeTable();
        table.setId("trend");
        table.addClassName("trend-table");
        NativeTableRow head = new NativeTableRow();
        head.add(new NativeTableHeaderCell(getTranslation("foundations.date")));
        for (Foundation f : Foundation.values()) {
            head.add(new NativeTableHeaderCell(getTranslation("foundation." + f.name())));
        }
        head.add(new NativeTableHeaderCell(getTranslation("foundations.product")));
        NativeTableHeader header = new NativeTableHeader();
        header.add(head);
        NativeTableBody body = new NativeTableBody();
        Assessment previous = null;
        for (Assessment a : history) {
            NativeTableRow row = new NativeTableRow();
            row.add(new NativeTableCell(Formats.date(a.assessedOn())));
            for (Foundation f : Foundation.values()) {
                row.add(scoreCell(a.scores().get(f), previous == null ? null : previous.scores().get(f)));
            }
            NativeTableCell product = new NativeTableCell(a.product() + " (" + Math.round(a.percentage()) + " %)");
            if (a.product() == 0) {
                product.addClassName("zero");
            }
            row.add(product);
            body.add(row);
            previous = a;
        }
        table.add(header, body);
        getContent().addClassName("table-scroll");
        getContent().add(table);
    }

    private NativeTableCell scoreCell(int score, Integer before) {
        NativeTableCell cell = new NativeTableCell(String.valueOf(score));
        if (score == 0) {
            cell.addClassName("zero");
        }
        if (before != null && before != score) {
            Span arrow = new Span(score > before ? " ▲" : " ▼");
            arrow.getElement().setAttribute("aria-hidden", "true");
            arrow.addClassName(score > before ? "trend-up" : "trend-down");
            Span words = new Span(" " + getTranslation(score > before ? "foundations.upFrom" : "foundations.downFrom", before));
            words.addClassName("sr-only");
            cell.add(arrow, words);
        }
        return cell;
    }
}
