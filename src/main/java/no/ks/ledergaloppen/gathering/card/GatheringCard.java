package no.ks.ledergaloppen.gathering.card;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.format.DateTimeFormatter;
import no.ks.ledergaloppen.base.ui.Formats;
import no.ks.ledergaloppen.gathering.AgendaItemDraft;
import no.ks.ledergaloppen.gathering.GatheringInfo;

/** A gathering: number, theme, when and where, and its agenda (open for the next one, folded for the rest). */
public class GatheringCard extends Composite<Div> {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    public GatheringCard(GatheringInfo g, boolean next, Component... actions) {
        Div card = getContent();
        card.addClassName("card");
        card.addClassName("gathering");
        card.setId("gathering-" + g.id());
        if (next) {
            card.addClassName("next");
            Span badge = new Span(getTranslation("gathering.next"));
            badge.getElement().getThemeList().add("badge success");
            card.add(badge);
        }
        card.add(new H3(getTranslation("gathering.title", g.number(), g.theme())));
        Paragraph when = new Paragraph(when(g));
        when.addClassName("gathering-when");
        card.add(when);
        if (!g.agenda().isEmpty()) {
            OrderedList agenda = new OrderedList();
            agenda.addClassName("agenda");
            for (AgendaItemDraft item : g.agenda()) {
                ListItem li = new ListItem();
                Span time = new Span(item.starts() == null ? "" : HH_MM.format(item.starts()));
                time.addClassName("agenda-time");
                Span title = new Span(item.title());
                title.addClassName("agenda-title");
                li.add(time, title);
                if (item.speaker() != null) {
                    Span speaker = new Span(" · " + item.speaker());
                    speaker.addClassName("muted");
                    li.add(speaker);
                }
                if (item.description() != null) {
                    Paragraph description = new Paragraph(item.description());
                    description.addClassName("agenda-description");
                    li.add(description);
                }
                agenda.add(li);
            }
            Details details = new Details(getTranslation("gathering.agenda"), agenda);
            details.setOpened(next);
            card.add(details);
        }
        if (actions.length > 0) {
            card.add(new Div(actions));
        }
    }

    /** "Tirsdag 12.03.2019, 09:00–15:30 · Haugesund rådhus", in the user's language. */
    private String when(GatheringInfo g) {
        String day = getTranslation("gathering.weekday." + g.date().getDayOfWeek().name());
        String time = g.starts() == null ? "" : g.ends() == null ? ", " + HH_MM.format(g.starts())
                : ", " + HH_MM.format(g.starts()) + "–" + HH_MM.format(g.ends());
        return getTranslation("gathering.when", day, Formats.date(g.date()), time, g.place());
    }
}
