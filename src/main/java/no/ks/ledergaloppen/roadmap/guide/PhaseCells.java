package no.ks.ledergaloppen.roadmap.guide;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.ks.ledergaloppen.roadmap.Phase;

/**
 * A case's place on the roadmap as six small cells: the current one filled in the phase's colour, visited
 * ones outlined, each with its number; the current phase's name is written out beside them. Shown on the
 * cohort dashboard, in the portfolio and on a participant's home page: as a component, or in a grid column as
 * the same markup drawn in the browser from a Lit template ({@link #renderer}), with no component per row.
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
            cell.addClassNames("phase-cell", "phase-" + cssName(p));
            if (p == current) {
                cell.addClassName("current");
            } else if (visited.contains(p)) {
                cell.addClassName("visited");
            }
            cells.add(cell);
        }
        Span name = new Span(name(current, noPhase, this::getTranslation));
        name.addClassName("phase-name");
        content.add(cells, name);
    }

    /**
     * The cells for a grid column, drawn in the browser: the template gets the current phase, the visited ones
     * and the name to write; the classes and words are those of the component.
     */
    public static <T> LitRenderer<T> renderer(ValueProvider<T, Phase> current, ValueProvider<T, Set<Phase>> visited,
                                              String noPhase) {
        String phases = Arrays.stream(Phase.values()).map(p -> "'" + cssName(p) + "'").collect(Collectors.joining(","));
        return LitRenderer.<T>of("""
                <div class="phase-cells"><div class="cells" aria-hidden="true">${[%s].map((p, i) => html`<span \
                class="phase-cell phase-${p} ${p === item.current ? 'current' : item.visited.includes(p) ? 'visited' : ''}">\
                ${i + 1}</span>`)}</div><span class="phase-name">${item.name}</span></div>""".formatted(phases))
                .withProperty("current", r -> current.apply(r) == null ? null : cssName(current.apply(r)))
                .withProperty("visited", r -> visited.apply(r).stream().map(PhaseCells::cssName).sorted().toList())
                .withProperty("name", r -> name(current.apply(r), noPhase, UI.getCurrent()::getTranslation));
    }

    private static String cssName(Phase p) {
        return p.name().toLowerCase(Locale.ROOT);
    }

    private static String name(Phase current, String noPhase, Function<String, String> translation) {
        return current == null ? noPhase : current.number() + " " + translation.apply("roadmap.phase." + current.name());
    }
}
