package no.ks.ledergaloppen.ideas.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.LocalDate;
import no.ks.ledergaloppen.base.AppClock;
import no.ks.ledergaloppen.base.ui.Formats;
import no.ks.ledergaloppen.ideas.IdeaInfo;
import no.ks.ledergaloppen.ideas.IdeaService;

/** One idea in the list: title (a link to the idea), state in words, who and when, its texts, support and comments. */
class IdeaCard extends Div {

    IdeaCard(IdeaInfo idea, IdeaService ideas) {
        setId("idea-" + idea.id());
        addClassNames("card", "idea-card");
        Anchor title = new Anchor(IdeaView.route(idea.id()), idea.title());
        title.getElement().setAttribute("router-link", true);
        H3 heading = new H3(title);
        heading.addClassName("idea-title");
        HorizontalLayout head = new HorizontalLayout(heading, StateBadge.of(idea.state()));
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        head.setWrap(true);
        add(head, meta(idea));
        text(idea.improves(), "ideas.detail.improves");
        text(idea.helps(), "ideas.detail.helps");
        Anchor comments = new Anchor(IdeaView.route(idea.id()), getTranslation("ideas.comments", idea.comments()));
        comments.getElement().setAttribute("router-link", true);
        comments.setId("comments-" + idea.id());
        HorizontalLayout actions = new HorizontalLayout(new SupportButton(idea, ideas), comments);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        actions.setWrap(true);
        add(actions);
    }

    /** "Haugesund kommune · Delt av Ola Haugland 23.11.2026". */
    static Paragraph meta(IdeaInfo idea) {
        String posted = UI.getCurrent().getTranslation("ideas.posted", idea.postedBy(),
                Formats.date(LocalDate.ofInstant(idea.postedAt(), AppClock.OSLO)));
        Paragraph meta = new Paragraph(idea.municipalityName() + " · " + posted);
        meta.addClassName("muted");
        return meta;
    }

    private void text(String value, String labelKey) {
        if (value != null) {
            Paragraph p = new Paragraph();
            Span label = new Span(getTranslation(labelKey) + ": ");
            label.addClassName("idea-label");
            p.add(label, new Span(value));
            add(p);
        }
    }
}
