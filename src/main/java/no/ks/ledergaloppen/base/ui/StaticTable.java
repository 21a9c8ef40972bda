package no.ks.ledergaloppen.base.ui;

import com.vaadin.flow.component.Html;
import org.jsoup.nodes.Element;

/**
 * A read-only table (a chart's figures, a trend) sent to the browser as one element. Built from server
 * components, every cell would be a node the session keeps for as long as the page is open: a table of 15
 * rows cost the benefits page some 80 nodes per indicator. Text is set through jsoup, so it is escaped.
 */
public final class StaticTable {

    private final Element table = new Element("table");
    private final Element head;
    private final Element body;

    public StaticTable(String id, String caption) {
        if (id != null) {
            table.id(id);
        }
        if (caption != null) {
            table.appendElement("caption").text(caption);
        }
        head = table.appendElement("thead").appendElement("tr");
        body = table.appendElement("tbody");
    }

    public StaticTable addClassName(String className) {
        table.addClass(className);
        return this;
    }

    /** A column heading. */
    public Element header(String text) {
        return head.appendElement("th").attr("scope", "col").text(text);
    }

    /** A new row, its first cell a row heading (a date, a name). */
    public Element row(String heading) {
        Element row = body.appendElement("tr");
        row.appendElement("th").attr("scope", "row").text(heading);
        return row;
    }

    /** A data cell at the end of {@code row}; add a class or spans to what it returns. */
    public static Element cell(Element row, String text) {
        return row.appendElement("td").text(text == null ? "" : text);
    }

    /**
     * The table as one component, inside a box that scrolls sideways on a phone. The box can take focus
     * and is a named region, so it can be scrolled with the keyboard too (WCAG 2.1.1).
     */
    public Html build(String boxClassName, String regionLabel) {
        Element box = new Element("div").addClass(boxClassName).attr("tabindex", "0").attr("role", "region")
                .attr("aria-label", regionLabel);
        box.appendChild(table);
        return new Html(box.outerHtml());
    }
}
