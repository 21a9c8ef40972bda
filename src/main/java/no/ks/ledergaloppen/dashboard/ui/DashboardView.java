package no.ks.ledergaloppen.dashboard.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.base.ui.FieldErrors;
import no.ks.ledergaloppen.base.ui.Notifications;
import no.ks.ledergaloppen.cohort.CohortService;
import no.ks.ledergaloppen.cohort.CohortSummary;
import no.ks.ledergaloppen.dashboard.CohortDashboard;
import no.ks.ledergaloppen.dashboard.CohortExportService;
import no.ks.ledergaloppen.dashboard.DashboardService;
import no.ks.ledergaloppen.dashboard.Flag;
import no.ks.ledergaloppen.security.Role;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;

/**
 * The cohort at a glance, for the evening before a gathering: a row per municipality with its phase,
 * flags to act on (filter chips kept in the URL, ?flagg=stalled,overdue), and the phases gathering by
 * gathering. For the cohort's facilitators and administrators.
 */
@Route("cohorts/:cohortId(\\d+)/dashboard")
@RolesAllowed({Role.ADMIN_NAME, Role.FACILITATOR_NAME})
public class DashboardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String FILTER = "flagg";

    private final DashboardService dashboards;
    private final CohortService cohorts;
    private final CohortExportService exports;
    private final Clock clock;
    private CohortDashboard dashboard;
    private Set<Flag> filter = EnumSet.noneOf(Flag.class);
    private DashboardGrid grid;
    private Paragraph shown;

    DashboardView(DashboardService dashboards, CohortService cohorts, CohortExportService exports, Clock clock) {
        this.dashboards = dashboards;
        this.exports = exports;
        this.cohorts = cohorts;
        this.clock = clock;
        addClassName("dashboard-view");
        setMaxWidth("90rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = Long.parseLong(event.getRouteParameters().get("cohortId").orElseThrow());
        filter = parse(event.getLocation().getQueryParameters().getParameters().getOrDefault(FILTER, List.of()));
        try {
            dashboard = dashboards.dashboard(id);
        } catch (AccessDeniedException | DomainException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render();
    }

    static Set<Flag> parse(List<String> values) {
        return values.stream().flatMap(v -> Arrays.stream(v.split(","))).map(Flag::fromParam)
                .flatMap(Optional::stream).collect(Collectors.toCollection(() -> EnumSet.noneOf(Flag.class)));
    }

    private void render() {
        removeAll();
        H2 name = new H2(dashboard.cohort().name());
        name.setId("dashboard-cohort");
        Div head = new Div(name);
        head.addClassName("dashboard-head");
        Div tools = new Div();
        tools.addClassName("dashboard-tools");
        cohortSwitcher().ifPresent(tools::add);
        tools.add(new ExportLinks(exports, dashboard.cohort().id()));
        head.add(tools);
        add(head, new FlagChips(dashboard.flagCounts(), filter, this::filterBy));
        shown = new Paragraph();
        shown.setId("dashboard-shown");
        shown.addClassName("muted");
        shown.getElement().setAttribute("aria-live", "polite");
        grid = new DashboardGrid(dashboard.today(), clock.getZone());
        Div scroll = new Div(grid);
        scroll.addClassName("grid-scroll");
        add(shown, scroll, new ProgressSection(dashboard.progress()),
                new StallDaysForm(dashboard.cohort().stallDays(), this::saveStallDays));
        showRows();
    }

    private void filterBy(Set<Flag> flags) {
        filter = flags;
        showRows();
        String value = flags.stream().map(Flag::param).collect(Collectors.joining(","));
        Location here = new Location("cohorts/" + dashboard.cohort().id() + "/dashboard",
                value.isEmpty() ? QueryParameters.empty() : QueryParameters.simple(Map.of(FILTER, value)));
        UI.getCurrent().getPage().getHistory().replaceState(null, here);
    }

    private void showRows() {
        var rows = dashboard.rowsWith(filter);
        grid.show(rows);
        shown.setText(filter.isEmpty() ? getTranslation("dashboard.shown.all", rows.size())
                : getTranslation("dashboard.shown.filtered", rows.size(), dashboard.rows().size()));
    }

    private Optional<Select<CohortSummary>> cohortSwitcher() {
        List<CohortSummary> mine = cohorts.page(false, PageRequest.of(0, 50, Sort.by(Sort.Direction.DESC, "startDate")))
                .getContent();
        if (mine.size() < 2) {
            return Optional.empty();
        }
        Select<CohortSummary> select = new Select<>();
        select.setId("dashboard-cohort-switch");
        select.setLabel(getTranslation("dashboard.switchCohort"));
        select.setItems(mine);
        select.setItemLabelGenerator(CohortSummary::name);
        mine.stream().filter(c -> c.id() == dashboard.cohort().id()).findFirst().ifPresent(select::setValue);
        select.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                UI.getCurrent().navigate(DashboardView.class, new RouteParameters("cohortId", String.valueOf(e.getValue().id())));
            }
        });
        return Optional.of(select);
    }

    private void saveStallDays(Integer days) {
        try {
            cohorts.setStallDays(dashboard.cohort().id(), dashboard.cohort().version(), days);
            Notifications.success(getTranslation("dashboard.settings.saved"));
            dashboard = dashboards.dashboard(dashboard.cohort().id());
            render();
        } catch (DomainException e) {
            StallDaysForm form = getChildren().filter(StallDaysForm.class::isInstance).map(StallDaysForm.class::cast)
                    .findFirst().orElseThrow();
            new FieldErrors().map("stallDays", form.days).show(e);
        }
    }

    @Override
    public String getPageTitle() {
        return dashboard == null ? getTranslation("dashboard.pageTitle")
                : getTranslation("dashboard.pageTitleFor", dashboard.cohort().name());
    }
}
