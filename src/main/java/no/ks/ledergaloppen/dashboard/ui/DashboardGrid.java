package no.ks.ledergaloppen.dashboard.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import no.ks.ledergaloppen.assessment.panel.FoundationsResult;
import no.ks.ledergaloppen.base.ui.Formats;
import no.ks.ledergaloppen.dashboard.DashboardRow;
import no.ks.ledergaloppen.gathering.HomeVisitBrief;

/**
 * One row per municipality, every column sortable. The municipality's name is a real link to its case.
 * A cohort has a handful of municipalities (at most some dozens), so the rows are held in memory.
 *
 * <p>The cells are drawn in the browser from Lit templates (DashboardCells) rather than built as components: a
 * row of component cells was about 25 components on the server, and the dashboard's heap per session 3.7 times a
 * trivial view's (issue 12). The ids, links, badges and texts in the page are the same.
 */
class DashboardGrid extends Composite<Grid<DashboardRow>> {

    private final LocalDate today;
    private final ZoneId zone;

    DashboardGrid(LocalDate today, ZoneId zone) {
        this.today = today;
        this.zone = zone;
        Grid<DashboardRow> grid = getContent();
        grid.setId("dashboard-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        DashboardCells cells = new DashboardCells(this);
        grid.addColumn(cells.municipality()).setHeader(getTranslation("dashboard.col.municipality"))
                .setComparator(DashboardRow::municipality).setWidth("8rem").setFlexGrow(1).setFrozen(true)
                .setKey("municipality");
        grid.addColumn(cells.flags()).setHeader(getTranslation("dashboard.col.flags"))
                .setKey("flags").setWidth("10rem").setFlexGrow(1)
                .setComparator(Comparator.comparing((DashboardRow r) -> r.flags().size()));
        grid.addColumn(cells.phase()).setHeader(getTranslation("dashboard.col.phase")).setKey("phase").setWidth("9rem")
                .setFlexGrow(0)
                .setComparator(Comparator.comparing((DashboardRow r) -> r.phase() == null ? -1 : r.phase().ordinal()));
        grid.addColumn(cells.inPhase()).setHeader(getTranslation("dashboard.col.days")).setKey("days")
                .setWidth("6.5rem").setFlexGrow(0).setComparator(DashboardRow::daysInPhase);
        grid.addColumn(r -> FoundationsResult.text(r.latest())).setHeader(getTranslation("dashboard.col.foundations"))
                .setKey("foundations").setWidth("8rem").setFlexGrow(1)
                .setComparator(Comparator.comparing(DashboardRow::product, Comparator.nullsFirst(Integer::compare)));
        grid.addColumn(cells.assignments()).setHeader(getTranslation("dashboard.col.assignments"))
                .setKey("assignments").setWidth("8rem").setFlexGrow(1)
                .setComparator(Comparator.comparing((DashboardRow r) -> r.assignments().overdue())
                        .thenComparing(r -> -r.assignments().handedIn()));
        grid.addColumn(r -> homeVisit(r.homeVisit())).setHeader(getTranslation("dashboard.col.homeVisit"))
                .setKey("homeVisit").setWidth("9rem").setFlexGrow(1)
                .setComparator(Comparator.comparing(DashboardRow::homeVisit,
                        Comparator.nullsFirst(Comparator.comparing(HomeVisitBrief::date))));
        grid.addColumn(r -> activity(r.lastActivity())).setHeader(getTranslation("dashboard.col.activity"))
                .setKey("activity").setWidth("7.5rem").setFlexGrow(1)
                .setComparator(Comparator.comparing(DashboardRow::lastActivity, Comparator.nullsFirst(Instant::compareTo)));
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("dashboard.empty"));
    }

    void show(List<DashboardRow> rows) {
        getContent().setItems(rows);
    }

    private String homeVisit(HomeVisitBrief v) {
        return v == null ? getTranslation("dashboard.homeVisit.none")
                : getTranslation("dashboard.homeVisit." + v.status().name(), Formats.date(v.date()));
    }

    private String activity(Instant last) {
        if (last == null) {
            return getTranslation("dashboard.activity.none");
        }
        LocalDate day = LocalDate.ofInstant(last, zone);
        return getTranslation("dashboard.activity", Formats.date(day), ChronoUnit.DAYS.between(day, today));
    }

}
