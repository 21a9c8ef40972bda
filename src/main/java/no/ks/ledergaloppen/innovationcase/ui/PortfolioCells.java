package no.ks.ledergaloppen.innovationcase.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import no.ks.ledergaloppen.benefits.BenefitsStatus;
import no.ks.ledergaloppen.innovationcase.CaseSummary;
import no.ks.ledergaloppen.innovationcase.PortfolioRow;

/**
 * The pieces of a portfolio row beside its phase (roadmap.guide.PhaseCells): the case's title as a link with
 * its badges, its days in the phase and its benefits status (the foundations result: assessment.panel.FoundationsResult).
 */
final class PortfolioCells {

    private PortfolioCells() {
    }

    static Component title(CaseSummary c) {
        Div cell = new Div();
        cell.addClassName("portfolio-title");
        Anchor link = new Anchor("cases/" + c.id(), c.title());
        link.getElement().setAttribute("router-link", true);
        link.setId("case-link-" + c.id());
        cell.add(link);
        if (c.finished()) {
            cell.add(new Span(" "), badge(tr("cases.portfolio.finished"), "badge success small"));
        }
        return cell;
    }

    static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(theme);
        return badge;
    }


    /** Days in the phase; a finished case stays in its last phase, so it says it is finished instead. */
    static String days(PortfolioRow r) {
        return r.summary().finished() ? tr("cases.portfolio.finished") : tr("cases.portfolio.days", r.daysInPhase());
    }

    /** The case's indicators by their latest measurement, in words; "behind" first, as it asks for action. */
    static String benefits(BenefitsStatus b) {
        if (b == null || b.indicators() == 0) {
            return tr("cases.portfolio.benefits.none");
        }
        return tr("cases.portfolio.benefits.summary", b.indicators(), b.behind(), b.onTrack(), b.reached());
    }

    private static String tr(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }
}
