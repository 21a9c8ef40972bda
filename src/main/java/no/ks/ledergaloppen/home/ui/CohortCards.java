package no.ks.ledergaloppen.home.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import no.ks.ledergaloppen.base.ui.Formats;
import no.ks.ledergaloppen.cohort.CohortService;
import no.ks.ledergaloppen.cohort.CohortSummary;
import no.ks.ledergaloppen.dashboard.DashboardService;
import no.ks.ledergaloppen.dashboard.Flag;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The cohorts a facilitator (or administrator) runs, each a card linking to its page. */
class CohortCards extends Composite<VerticalLayout> {

    private final no.ks.ledergaloppen.gathering.GatheringService gatherings;
    private final DashboardService dashboards;

    CohortCards(CohortService cohorts, no.ks.ledergaloppen.gathering.GatheringService gatherings,
                DashboardService dashboards) {
        this.gatherings = gatherings;
        this.dashboards = dashboards;
        VerticalLayout content = getContent();
        content.setPadding(false);
        content.add(new H2(getTranslation("home.facilitator.cohorts")));
        var page = cohorts.page(false, PageRequest.of(0, 24, Sort.by(Sort.Direction.DESC, "startDate")));
        if (page.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("home.facilitator.none"));
            none.setId("no-cohorts");
            content.add(none);
            return;
        }
        FlexLayout cards = new FlexLayout();
        cards.addClassName("cards");
        page.forEach(c -> cards.add(card(c)));
        content.add(cards);
    }

    private Div card(CohortSummary c) {
        Div card = new Div();
        card.addClassName("card");
        Anchor link = new Anchor("cohorts/" + c.id(), c.name()); // the cohort feature's page, by its route
        link.getElement().setAttribute("router-link", true); // navigates inside the app, no page load
        link.addClassName("card-title");
        card.add(link,
                new Paragraph(c.region() + " · " + Formats.date(c.startDate()) + "–" + Formats.date(c.endDate())),
                new Paragraph(getTranslation("cohort.status." + c.status().name()) + " · "
                        + getTranslation("home.facilitator.municipalities", c.municipalityCount())));
        gatherings.next(c.id()).ifPresent(g -> {
            Paragraph next = new Paragraph(getTranslation("home.nextGathering", g.number(), Formats.date(g.date()),
                    g.place()));
            next.addClassName("next-gathering");
            card.add(next);
        });
        card.add(flags(c.id()));
        return card;
    }

    /** The cohort's flag counts in words ("2 står stille · 1 har en null"), linking to its dashboard. */
    private Div flags(long cohortId) {
        Map<Flag, Integer> counts = dashboards.flagCounts(cohortId);
        String text = counts.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> getTranslation("home.flags." + e.getKey().name(), e.getValue()))
                .collect(Collectors.joining(" · "));
        Paragraph summary = new Paragraph(text.isEmpty() ? getTranslation("home.flags.none") : text);
        summary.addClassName("cohort-flags");
        summary.setId("cohort-flags-" + cohortId);
        Anchor open = new Anchor("cohorts/" + cohortId + "/dashboard", getTranslation("home.openDashboard"));
        open.getElement().setAttribute("router-link", true);
        open.setId("open-dashboard-" + cohortId);
        return new Div(summary, open);
    }
}
