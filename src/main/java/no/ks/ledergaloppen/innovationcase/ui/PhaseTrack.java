package no.ks.ledergaloppen.innovationcase.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Html;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.ks.ledergaloppen.innovationcase.PhaseMoveInfo;
import no.ks.ledergaloppen.roadmap.Phase;
import org.jsoup.nodes.Element;

/**
 * The six phases in a row: the current one highlighted, visited ones marked. The state is written
 * out in words as well (for screen readers and for those who do not see the colours). Read-only, so it goes to
 * the browser as one element (like base.ui.StaticTable): as components it was some 15 nodes on every case page.
 * Text is set through jsoup, so it is escaped.
 */
public class PhaseTrack extends Composite<Html> {

    private final String markup;

    public PhaseTrack(Phase current, List<PhaseMoveInfo> history) {
        Set<Phase> visited = history.stream().flatMap(m -> Stream.of(m.from(), m.to())).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Element list = new Element("ol").addClass("phase-track").attr("aria-label", getTranslation("case.track.label"));
        for (Phase phase : Phase.values()) {
            Element item = list.appendElement("li").addClass("phase-" + phase.name().toLowerCase(Locale.ROOT));
            item.appendElement("span").text(phase.number() + " " + getTranslation("roadmap.phase." + phase.name()));
            if (phase == current) {
                item.addClass("current").attr("aria-current", "step").appendText(" ");
                item.appendElement("span").addClass("sr-only").text(getTranslation("case.track.current"));
            } else if (visited.contains(phase)) {
                item.addClass("visited").appendText(" ");
                item.appendElement("span").addClass("sr-only").text(getTranslation("case.track.visited"));
            }
        }
        markup = list.outerHtml();
    }

    @Override
    protected Html initContent() {
        return new Html(markup);
    }
}
