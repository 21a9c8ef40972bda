package no.ks.ledergaloppen.innovationcase.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import no.ks.ledergaloppen.assessment.Assessment;
import no.ks.ledergaloppen.benefits.BenefitsStatus;
import no.ks.ledergaloppen.innovationcase.CaseSummary;
import no.ks.ledergaloppen.innovationcase.PortfolioRow;
import no.ks.ledergaloppen.roadmap.Phase;

/**
 * The pieces of a portfolio row: the case's title as a link with its badges, its phase as six small cells with
 * the phase written out, its days in the phase, its latest five-foundations result naming a zero, and its
 * benefits status.
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

    /** Six cells, the current one filled in its colour; the phase's number and name are written beside them. */
    static Component phase(Phase current) {
        Div content = new Div();
        content.addClassName("phase-cells");
        Div cells = new Div();
        cells.addClassName("cells");
        cells.getElement().setAttribute("aria-hidden", "true");
        for (Phase p : Phase.values()) {
            Span cell = new Span(String.valueOf(p.number()));
            cell.addClassNames("phase-cell", "phase-" + p.name().toLowerCase(Locale.ROOT));
            if (p == current) {
                cell.addClassName("current");
            }
            cells.add(cell);
        }
        Span name = new Span(current.number() + " " + tr("roadmap.phase." + current.name()));
        name.addClassName("phase-name");
        content.add(cells, name);
        return content;
    }

    /** Days in the phase; a finished case stays in its last phase, so it says it is finished instead. */
    static String days(PortfolioRow r) {
        return r.summary().finished() ? tr("cases.portfolio.finished") : tr("cases.portfolio.days", r.daysInPhase());
    }

    static String foundations(Assessment a) {
        if (a == null) {
            return tr("cases.portfolio.foundations.none");
        }
        String result = tr("cases.portfolio.foundations.result", a.product(), Math.round(a.percentage()));
        if (a.zeros().isEmpty()) {
            return result;
        }
        return result + " – " + tr("cases.portfolio.foundations.zero", String.join(", ",
                a.zeros().stream().map(f -> tr("foundation." + f.name())).toList()));
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
