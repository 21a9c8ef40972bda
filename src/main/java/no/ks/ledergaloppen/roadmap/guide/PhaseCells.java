package no.ks.ledergaloppen.roadmap.guide;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import java.util.Set;
import no.ks.ledergaloppen.roadmap.Phase;

/**
 * A case's place on the roadmap as six small cells: the current one filled in the phase's colour, visited
 * ones outlined, each with its number; the current phase's name is written out beside them. Shown on the
 * cohort dashboard and in the portfolio.
 */
public class PhaseCells extends Composite<Div> {

    /** Only the current phase marked. */
    public PhaseCells(Phase current) {
        this(current, Set.of(), "");
    }

    /** {@code noPhase} is written instead of the phase's name when there is no case, and so no phase. */
    public PhaseCells(Phase current, Set<Phase> visited, String noPhase) {
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
        Span name = new Span(current == null ? noPhase
                : current.number() + " " + getTranslation("roadmap.phase." + current.name()));
        name.addClassName("phase-name");
        content.add(cells, name);
    }
}
