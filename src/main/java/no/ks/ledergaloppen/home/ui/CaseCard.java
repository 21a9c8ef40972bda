package no.ks.ledergaloppen.home.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import no.ks.ledergaloppen.assessment.panel.FoundationsResult;
import no.ks.ledergaloppen.innovationcase.PortfolioRow;
import no.ks.ledergaloppen.roadmap.guide.PhaseCells;

/**
 * "Vår sak" on a participant's home page: the case the leader group has put first, with its phase on the small
 * six-cell track, the days in that phase and the latest five-foundations result, and a link to the other cases
 * when there are more.
 */
class CaseCard extends Composite<Div> {

    CaseCard(List<PortfolioRow> own) {
        Div card = getContent();
        card.setId("home-case");
        card.addClassNames("card", "home-case");
        card.add(new H3(getTranslation("home.case.heading")));
        if (own.isEmpty()) {
            card.add(new Paragraph(getTranslation("cases.portfolio.ownEmpty")));
            return;
        }
        PortfolioRow first = own.getFirst();
        Anchor title = new Anchor("cases/" + first.id(), first.summary().title());
        title.getElement().setAttribute("router-link", true);
        title.setId("home-case-link");
        title.addClassName("home-case-title");
        Span days = new Span(first.summary().finished() ? getTranslation("cases.portfolio.finished")
                : getTranslation("cases.portfolio.days", first.daysInPhase()));
        days.setId("home-case-days");
        Span foundations = new Span(getTranslation("cases.portfolio.foundations") + ": "
                + FoundationsResult.text(first.foundations()));
        foundations.setId("home-case-foundations");
        Div figures = new Div(new PhaseCells(first.summary().phase()), days, foundations);
        figures.addClassName("portfolio-figures");
        card.add(new Paragraph(title), figures);
        if (own.size() > 1) {
            Anchor more = new Anchor("cases", getTranslation("home.case.more", own.size() - 1));
            more.getElement().setAttribute("router-link", true);
            more.setId("home-case-more");
            card.add(new Paragraph(more));
        }
    }
}
