package no.ks.ledergaloppen.innovationcase.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import no.ks.ledergaloppen.assessment.panel.FoundationsResult;
import no.ks.ledergaloppen.roadmap.guide.PhaseCells;
import no.ks.ledergaloppen.innovationcase.PortfolioRow;
import no.ks.ledergaloppen.innovationcase.PortfolioService;

/**
 * The leader group's own cases in its order of priority, as a numbered list: each with phase, days in phase
 * and latest foundations result, and buttons that move it up or down. The order is saved at once; the moved
 * case's button keeps the keyboard focus.
 */
class OwnCasesList extends Composite<Div> {

    private final PortfolioService portfolio;
    private final OrderedList list = new OrderedList();
    private final Paragraph empty = new Paragraph();

    OwnCasesList(PortfolioService portfolio) {
        this.portfolio = portfolio;
        list.setId("own-cases");
        list.addClassName("portfolio-list");
        empty.setText(getTranslation("cases.portfolio.ownEmpty"));
        getContent().add(list, empty);
        show(portfolio.own(), null, false);
    }

    private void show(List<PortfolioRow> rows, Long focusCase, boolean focusUp) {
        list.removeAll();
        empty.setVisible(rows.isEmpty());
        for (int i = 0; i < rows.size(); i++) {
            PortfolioRow r = rows.get(i);
            Button up = move(r, true, i == 0);
            Button down = move(r, false, i == rows.size() - 1);
            list.add(item(r, up, down));
            if (focusCase != null && focusCase == r.id()) {
                Button target = focusUp && up.isEnabled() || !down.isEnabled() ? up : down;
                target.focus();
            }
        }
    }

    private ListItem item(PortfolioRow r, Button up, Button down) {
        ListItem item = new ListItem();
        item.setId("own-case-" + r.id());
        item.addClassName("portfolio-item");
        Div figures = new Div(new PhaseCells(r.summary().phase()), new Span(PortfolioCells.days(r)),
                labelled("cases.portfolio.foundations", FoundationsResult.text(r.foundations())),
                labelled("cases.portfolio.benefits", PortfolioCells.benefits(r.benefits())));
        figures.addClassName("portfolio-figures");
        Div buttons = new Div(up, down);
        buttons.addClassName("portfolio-order");
        item.add(PortfolioCells.title(r.summary()), figures, buttons);
        return item;
    }

    /** A figure with its name before it, since the list has no column headers. */
    private Span labelled(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey) + ": ");
        label.addClassName("muted");
        return new Span(label, new Span(value));
    }

    private Button move(PortfolioRow r, boolean up, boolean atEnd) {
        Button b = new Button((up ? VaadinIcon.ARROW_UP : VaadinIcon.ARROW_DOWN).create());
        b.setId((up ? "move-up-" : "move-down-") + r.id());
        b.setAriaLabel(getTranslation(up ? "cases.portfolio.moveUp" : "cases.portfolio.moveDown", r.summary().title()));
        b.setTooltipText(getTranslation(up ? "cases.portfolio.moveUp" : "cases.portfolio.moveDown", r.summary().title()));
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        b.setEnabled(!atEnd);
        b.addClickListener(e -> {
            if (up) {
                portfolio.moveUp(r.id());
            } else {
                portfolio.moveDown(r.id());
            }
            show(portfolio.own(), r.id(), up);
        });
        return b;
    }
}
