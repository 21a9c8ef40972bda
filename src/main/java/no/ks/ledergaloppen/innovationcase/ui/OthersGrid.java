package no.ks.ledergaloppen.innovationcase.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.util.Set;
import no.ks.ledergaloppen.assessment.panel.FoundationsResult;
import no.ks.ledergaloppen.roadmap.guide.PhaseCells;
import no.ks.ledergaloppen.innovationcase.PortfolioRow;
import no.ks.ledergaloppen.innovationcase.PortfolioService;

/**
 * The cases beside the viewer's own, loaded a page at a time: for a participant those other municipalities
 * share with the cohort; for a facilitator every case of the cohorts they run, grouped by municipality in
 * each leader group's order.
 */
class OthersGrid extends Composite<Grid<PortfolioRow>> {

    OthersGrid(PortfolioService portfolio, boolean facilitator) {
        Grid<PortfolioRow> grid = getContent();
        grid.setId(facilitator ? "cases" : "shared-cases");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(r -> r.summary().municipalityName()).setHeader(getTranslation("cases.municipality"))
                .setKey("municipality").setFlexGrow(2);
        if (facilitator) {
            grid.addColumn(r -> r.summary().priority() == 0 ? "" : String.valueOf(r.summary().priority()))
                    .setHeader(getTranslation("cases.portfolio.priority")).setKey("priority").setFlexGrow(0)
                    .setWidth("6rem");
        }
        grid.addComponentColumn(r -> PortfolioCells.title(r.summary())).setHeader(getTranslation("case.field.title"))
                .setKey("title").setFlexGrow(3);
        if (facilitator) {
            grid.addColumn(r -> r.summary().cohortName()).setHeader(getTranslation("cases.cohort")).setKey("cohort")
                    .setFlexGrow(2);
        }
        grid.addColumn(PhaseCells.<PortfolioRow>renderer(r -> r.summary().phase(), r -> Set.of(), ""))
                .setHeader(getTranslation("cases.phase"))
                .setKey("phase").setFlexGrow(2);
        grid.addColumn(PortfolioCells::days).setHeader(getTranslation("cases.portfolio.inPhase")).setKey("days");
        grid.addColumn(r -> FoundationsResult.text(r.foundations()))
                .setHeader(getTranslation("cases.portfolio.foundations")).setKey("foundations").setFlexGrow(2);
        grid.addColumn(r -> PortfolioCells.benefits(r.benefits())).setHeader(getTranslation("cases.portfolio.benefits"))
                .setKey("benefits").setFlexGrow(2);
        grid.setEmptyStateText(getTranslation(facilitator ? "cases.empty.facilitator" : "cases.portfolio.sharedEmpty"));
        grid.setItems(query -> portfolio.others(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.setMinHeight("20rem");
    }
}
