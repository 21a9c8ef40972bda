package no.ks.ledergaloppen.dashboard.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import java.util.Set;
import no.ks.ledergaloppen.roadmap.Phase;

/**
 * A case's place on the roadmap as six small cells: the current one filled in the phase's colour, visited
 * ones outlined, each with its number; the current phase's name is written out beside them.
 */
class PhaseCells extends Composite<Div> {

    PhaseCells(Phase current, Set<Phase> visited) {
        Div content = getContent();
        content.addClassName("phase-cells");
        Div cells = new Div();
        cells.addClassName("cells");
        cells.getElement().setAttribute("aria-hidden", "true");
        for (Phase p : Phase.values()) {
            Span cell = new Span(String.valueOf(p.number()));
            cell.addClassNames("phase-cell", "phase-" + p.name().toLowerCase(Locale.ROOT));
            if (p == current) {
                cell.addClassName("current");
            } else if (visited.contains(p)) {
                cell.addClassName("visited");
            }
            cells.add(cell);
        }
        Span name = new Span(current == null ? getTranslation("dashboard.noCase")
                : current.number() + " " + getTranslation("roadmap.phase." + current.name()));
        name.addClassName("phase-name");
        content.add(cells, name);
    }
}
