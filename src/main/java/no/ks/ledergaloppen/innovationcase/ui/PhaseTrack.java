package no.ks.ledergaloppen.innovationcase.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.ks.ledergaloppen.innovationcase.PhaseMoveInfo;
import no.ks.ledergaloppen.roadmap.Phase;

/**
 * The six phases in a row: the current one highlighted, visited ones marked. The state is written
 * out in words as well (for screen readers and for those who do not see the colours).
 */
public class PhaseTrack extends Composite<OrderedList> {

    public PhaseTrack(Phase current, List<PhaseMoveInfo> history) {
        Set<Phase> visited = history.stream().flatMap(m -> Stream.of(m.from(), m.to())).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        OrderedList list = getContent();
        list.addClassName("phase-track");
        list.getElement().setAttribute("aria-label", getTranslation("case.track.label"));
        for (Phase phase : Phase.values()) {
            ListItem item = new ListItem();
            item.addClassName("phase-" + phase.name().toLowerCase(java.util.Locale.ROOT));
            Span name = new Span(phase.number() + " " + getTranslation("roadmap.phase." + phase.name()));
            item.add(name);
            if (phase == current) {
                item.addClassName("current");
                item.getElement().setAttribute("aria-current", "step");
                Span state = new Span(getTranslation("case.track.current"));
                state.addClassName("sr-only");
                item.add(state);
            } else if (visited.contains(phase)) {
                item.addClassName("visited");
                Span state = new Span(getTranslation("case.track.visited"));
                state.addClassName("sr-only");
                item.add(state);
            }
            list.add(item);
        }
    }
}
