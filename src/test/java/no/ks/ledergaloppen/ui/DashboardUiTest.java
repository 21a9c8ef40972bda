package no.ks.ledergaloppen.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.IntStream;
import no.ks.ledergaloppen.KaribuTest;
import no.ks.ledergaloppen.TestClock;
import no.ks.ledergaloppen.base.ui.NotFoundView;
import no.ks.ledergaloppen.dashboard.CohortFixture;
import no.ks.ledergaloppen.dashboard.DashboardRow;
import no.ks.ledergaloppen.dashboard.DashboardService;
import no.ks.ledergaloppen.dashboard.ui.DashboardView;
import no.ks.ledergaloppen.innovationcase.ui.CaseOverviewView;
import no.ks.ledergaloppen.roadmap.Phase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class DashboardUiTest extends KaribuTest {

    static final LocalDate DAY0 = LocalDate.of(2027, 1, 4);

    @Autowired CohortFixture fixture;
    @Autowired TestClock clock;
    @Autowired DashboardService dashboards;

    CohortFixture.Built cohort;

    /** Five municipalities; on day 40 only the first and second have done anything in the last three weeks. */
    @BeforeEach
    void a_cohort_where_three_of_five_have_stalled() {
        clock.stopAt(DAY0, LocalTime.of(9, 0));
        cohort = fixture.cohort("ui", 5, List.of(DAY0.plusDays(10), DAY0.plusDays(30)));
        clock.stopAt(DAY0.plusDays(30), LocalTime.of(10, 0));
        fixture.move(cohort, 0, Phase.INSIGHT);
        fixture.move(cohort, 1, Phase.INSIGHT);
        fixture.move(cohort, 1, Phase.IDEAS);
        clock.stopAt(DAY0.plusDays(40), LocalTime.of(10, 0));
    }

    @SuppressWarnings("unchecked")
    private List<DashboardRow> rows() {
        Grid<DashboardRow> grid = _get(Grid.class, spec -> spec.withId("dashboard-grid"));
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }

    @Test
    void a_facilitator_filters_the_stalled_municipalities_and_opens_one_of_their_cases() {
        login(cohort.facilitator());
        navigate("cohorts/" + cohort.cohortId() + "/dashboard");
        assertThat(rows()).hasSize(5);

        _click(_get(Button.class, spec -> spec.withId("filter-stalled")));

        assertThat(rows()).extracting(DashboardRow::municipality)
                .containsExactly("Testkommune ui 3", "Testkommune ui 4", "Testkommune ui 5");
        assertThat(_get(Button.class, spec -> spec.withId("filter-stalled")).getElement().getAttribute("aria-pressed"))
                .isEqualTo("true");
        assertThat(_get(Paragraph.class, spec -> spec.withId("dashboard-shown")).getText()).isEqualTo(
                "Viser 3 av 5 kommuner: de som har minst ett av de valgte flaggene.");

        @SuppressWarnings("unchecked")
        Grid<DashboardRow> grid = _get(Grid.class, spec -> spec.withId("dashboard-grid"));
        var link = LitCells.values(grid, GridKt._get(grid, 0), "municipality");
        assertThat(link).containsEntry("name", "Testkommune ui 3").containsEntry("caseId", cohort.caseIds().get(2));
        assertThat(LitCells.values(grid, GridKt._get(grid, 0), "flags").get("flags")).asString()
                .contains("Badge[css=stalled, icon=vaadin:hourglass, text=Står stille]");
        assertThat(LitCells.values(grid, GridKt._get(grid, 0), "phase")).containsEntry("current", "anchoring")
                .containsEntry("visited", List.of("anchoring"));
        navigate("cases/" + link.get("caseId"));
        _assertOne(CaseOverviewView.class);
    }

    @Test
    void a_bookmarked_filter_opens_the_dashboard_already_filtered() {
        login(cohort.facilitator());
        UI.getCurrent().navigate("cohorts/" + cohort.cohortId() + "/dashboard",
                QueryParameters.fromString("flagg=early_phase,nonsense"));
        assertThat(rows()).extracting(DashboardRow::municipality)
                .containsExactly("Testkommune ui 1", "Testkommune ui 3", "Testkommune ui 4", "Testkommune ui 5");
        assertThat(_get(Button.class, spec -> spec.withId("filter-early-phase")).getElement().getAttribute("aria-pressed"))
                .isEqualTo("true");
    }

    @Test
    void a_bad_number_of_stalled_days_shows_a_message_under_the_field_and_keeps_the_setting() {
        login(cohort.facilitator());
        navigate("cohorts/" + cohort.cohortId() + "/dashboard");
        IntegerField days = _get(IntegerField.class, spec -> spec.withId("stall-days"));
        days.setValue(400);
        _click(_get(Button.class, spec -> spec.withId("save-stall-days")));
        assertThat(days.isInvalid()).isTrue();
        assertThat(days.getErrorMessage()).isEqualTo("Skriv et helt antall dager fra 1 til 365");
        assertThat(dashboards.dashboard(cohort.cohortId()).cohort().stallDays()).isEqualTo(21);

        days.setValue(45);
        _click(_get(Button.class, spec -> spec.withId("save-stall-days")));
        assertThat(dashboards.dashboard(cohort.cohortId()).cohort().stallDays()).isEqualTo(45);
        assertThat(rows()).noneMatch(r -> r.flags().contains(no.ks.ledergaloppen.dashboard.Flag.STALLED));
    }

    @Test
    void a_participant_cannot_open_the_dashboard_and_the_service_refuses_them_too() {
        login(cohort.participants().getFirst());
        assertThatThrownBy(() -> navigate("cohorts/" + cohort.cohortId() + "/dashboard"))
                .isInstanceOf(MockAccessDeniedException.class);
        _assertNone(DashboardView.class);
        assertThatThrownBy(() -> dashboards.dashboard(cohort.cohortId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_facilitator_of_another_cohort_gets_not_found() {
        login("kari");
        navigate("cohorts/" + cohort.cohortId() + "/dashboard");
        _assertNone(DashboardView.class);
        _assertOne(NotFoundView.class);
    }
}
