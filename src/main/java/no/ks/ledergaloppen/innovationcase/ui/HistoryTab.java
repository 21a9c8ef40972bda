package no.ks.ledergaloppen.innovationcase.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import no.ks.ledergaloppen.base.ui.Formats;
import no.ks.ledergaloppen.innovationcase.PhaseMoveInfo;

/** Every phase move, newest first; a move back is shown as such, and as normal. */
class HistoryTab extends Composite<UnorderedList> {

    HistoryTab(List<PhaseMoveInfo> history) {
        UnorderedList list = getContent();
        list.setId("history");
        list.addClassName("timeline");
        for (PhaseMoveInfo move : history) {
            ListItem item = new ListItem();
            Span when = new Span(Formats.dateTime(move.movedAt()) + " · " + move.movedBy());
            when.addClassName("muted");
            String to = getTranslation("roadmap.phase." + move.to().name());
            String text = move.from() == null ? getTranslation("case.history.started", to)
                    : getTranslation(move.back() ? "case.history.movedBack" : "case.history.moved",
                    getTranslation("roadmap.phase." + move.from().name()), to);
            Span what = new Span(text);
            what.addClassName(move.back() ? "move-back" : "move-forward");
            item.add(when, new Paragraph(what));
            if (!move.reason().isBlank()) {
                item.add(new Paragraph(getTranslation("case.history.reason", move.reason())));
            }
            list.add(item);
        }
    }
}
