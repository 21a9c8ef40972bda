package no.ks.ledergaloppen.dashboard.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import no.ks.ledergaloppen.assessment.Assessment;
import no.ks.ledergaloppen.assignment.MunicipalityAssignments;
import no.ks.ledergaloppen.base.ui.Formats;
import no.ks.ledergaloppen.dashboard.DashboardRow;
import no.ks.ledergaloppen.gathering.HomeVisitBrief;
import no.ks.ledergaloppen.roadmap.guide.PhaseCells;

/**
 * One row per municipality, every column sortable. The municipality's name is a real link to its case.
 * A cohort has a handful of municipalities (at most some dozens), so the rows are held in memory.
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
        grid.addComponentColumn(this::municipality).setHeader(getTranslation("dashboard.col.municipality"))
                .setComparator(DashboardRow::municipality).setWidth("8rem").setFlexGrow(1).setFrozen(true)
                .setKey("municipality");
        grid.addComponentColumn(r -> new FlagBadges(r.flags())).setHeader(getTranslation("dashboard.col.flags"))
                .setKey("flags").setWidth("10rem").setFlexGrow(1)
                .setComparator(Comparator.comparing((DashboardRow r) -> r.flags().size()));
        grid.addComponentColumn(r -> new PhaseCells(r.phase(), r.visited(), getTranslation("dashboard.noCase")))
                .setHeader(getTranslation("dashboard.col.phase")).setKey("phase").setWidth("9rem").setFlexGrow(0)
                .setComparator(Comparator.comparing((DashboardRow r) -> r.phase() == null ? -1 : r.phase().ordinal()));
        grid.addComponentColumn(this::inPhase).setHeader(getTranslation("dashboard.col.days")).setKey("days")
                .setWidth("6.5rem").setFlexGrow(0).setComparator(DashboardRow::daysInPhase);
        grid.addColumn(r -> foundations(r.latest())).setHeader(getTranslation("dashboard.col.foundations"))
                .setKey("foundations").setWidth("8rem").setFlexGrow(1)
                .setComparator(Comparator.comparing(DashboardRow::product, Comparator.nullsFirst(Integer::compare)));
        grid.addComponentColumn(r -> assignments(r.assignments())).setHeader(getTranslation("dashboard.col.assignments"))
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

    /**
     * The municipality's name, linking to the case the row is about; "Fullført" when that case is finished, and
     * "+1 sak til" (to the portfolio) when the municipality works more cases than the one shown.
     */
    private Div municipality(DashboardRow r) {
        Div cell = new Div();
        cell.addClassName("dashboard-municipality");
        if (r.caseId() == null) {
            cell.add(new Span(r.municipality()));
            return cell;
        }
        Anchor link = new Anchor("cases/" + r.caseId(), r.municipality());
        link.setId("case-link-" + r.municipalityId());
        link.getElement().setAttribute("router-link", true);
        link.getElement().setAttribute("title", r.caseTitle());
        cell.add(link);
        if (r.finished()) {
            Span done = new Span(getTranslation("dashboard.row.finished"));
            done.setId("case-finished-" + r.municipalityId());
            done.getElement().getThemeList().add("badge success small");
            cell.add(new Div(done));
        }
        if (r.moreCases() > 0) {
            Anchor more = new Anchor("cases", getTranslation("dashboard.row.moreCases", r.moreCases()));
            more.setId("more-cases-" + r.municipalityId());
            more.getElement().setAttribute("router-link", true);
            more.getElement().setAttribute("title", getTranslation("dashboard.row.moreCasesTitle", r.moreCases() + 1));
            more.addClassName("more-cases");
            cell.add(new Div(more));
        }
        return cell;
    }

    private String foundations(Assessment a) {
        if (a == null) {
            return getTranslation("dashboard.foundations.none");
        }
        String result = getTranslation("dashboard.foundations.result", a.product(),
                Math.round(a.percentage()));
        if (a.zeros().isEmpty()) {
            return result;
        }
        return result + " – " + getTranslation("dashboard.foundations.zero", String.join(", ",
                a.zeros().stream().map(f -> getTranslation("foundation." + f.name())).toList()));
    }

    /** Days in the current phase, and how often the case went back (the roadmap allows it; it is worth a question). */
    private Div inPhase(DashboardRow r) {
        Div cell = new Div();
        if (r.caseId() != null) {
            cell.add(new Div(getTranslation("dashboard.days", r.daysInPhase())));
        }
        if (r.movesBack() > 0) {
            Div back = new Div(getTranslation("dashboard.back", r.movesBack()));
            back.addClassName("muted");
            cell.add(back);
        }
        return cell;
    }

    private Div assignments(MunicipalityAssignments a) {
        Div cell = new Div(new Div(getTranslation("dashboard.assignments", a.handedIn(), a.given())));
        if (a.approved() > 0) {
            cell.add(new Div(getTranslation("dashboard.assignments.approved", a.approved())));
        }
        if (a.overdue() > 0) {
            Span overdue = new Span(getTranslation("dashboard.assignments.overdue", a.overdue()));
            overdue.addClassName("overdue-text");
            cell.add(new Div(overdue));
        }
        return cell;
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
