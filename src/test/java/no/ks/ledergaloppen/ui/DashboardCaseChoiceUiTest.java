package no.ks.ledergaloppen.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import no.ks.ledergaloppen.KaribuTest;
import no.ks.ledergaloppen.TestClock;
import no.ks.ledergaloppen.assessment.Foundation;
import no.ks.ledergaloppen.dashboard.CohortFixture;
import no.ks.ledergaloppen.dashboard.DashboardRow;
import no.ks.ledergaloppen.dashboard.DashboardService;
import no.ks.ledergaloppen.dashboard.Flag;
import no.ks.ledergaloppen.innovationcase.ui.CasesView;
import no.ks.ledergaloppen.roadmap.Phase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the facilitator sees of a municipality that works several cases. On day 40 (gatherings on days 10 and
 * 30) the first municipality's original case has had a zero since day 1 and nothing since, but its leader
 * group has put a newer case, in Ideas, first; the second municipality has one quiet case in Anchoring.
 */
class DashboardCaseChoiceUiTest extends KaribuTest {

    static final LocalDate DAY0 = LocalDate.of(2027, 1, 4);

    @Autowired CohortFixture fixture;
    @Autowired TestClock clock;
    @Autowired DashboardService dashboards;

    CohortFixture.Built cohort;
    long parking;

    @BeforeEach
    void a_municipality_that_put_its_newer_case_first() {
        clock.stopAt(DAY0, LocalTime.of(9, 0));
        cohort = fixture.cohort("valgui", 2, List.of(DAY0.plusDays(10), DAY0.plusDays(30)));
        clock.stopAt(DAY0.plusDays(1), LocalTime.of(10, 0));
        fixture.assess(cohort, 0, Foundation.TEAM);
        clock.stopAt(DAY0.plusDays(35), LocalTime.of(10, 0));
        parking = fixture.anotherCase(cohort, 0, "Digital søknad om parkering");
        fixture.moveCase(cohort, parking, Phase.IDEAS);
        fixture.moveUp(cohort, 0, parking);
        clock.stopAt(DAY0.plusDays(40), LocalTime.of(10, 0));
    }

    /** What the municipality cell of the municipality's row is drawn from, by name. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> cell(long municipalityId) {
        Grid<DashboardRow> grid = _get(Grid.class, spec -> spec.withId("dashboard-grid"));
        DashboardRow row = IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i))
                .filter(r -> r.municipalityId() == municipalityId).findFirst().orElseThrow();
        return LitCells.values(grid, row, "municipality");
    }

    @Test
    void the_row_links_to_the_case_put_first_and_says_there_is_one_more_case_in_the_portfolio() {
        login(cohort.facilitator());
        navigate("cohorts/" + cohort.cohortId() + "/dashboard");
        long m = cohort.municipalityIds().getFirst();

        Map<String, Object> cell = cell(m);
        assertThat(cell).containsEntry("caseId", parking).containsEntry("title", "Digital søknad om parkering")
                .containsEntry("more", "+1 sak til").containsEntry("finished", null);
        assertThat((String) cell.get("moreTitle")).startsWith("Kommunen arbeider med 2 saker.");
        long second = cohort.municipalityIds().get(1);
        assertThat(cell(second)).containsEntry("caseId", cohort.caseIds().get(1)).containsEntry("more", null)
                .containsEntry("finished", null);

        navigate("cases"); // where "+1 sak til" leads
        _get(CasesView.class);
    }

    @Test
    void a_municipality_whose_only_case_is_finished_is_marked_finished() {
        fixture.finish(cohort, cohort.caseIds().get(1));
        login(cohort.facilitator());
        navigate("cohorts/" + cohort.cohortId() + "/dashboard");

        long m = cohort.municipalityIds().get(1);
        assertThat(cell(m)).containsEntry("finished", "Fullført");
    }

    @Test
    void the_home_cards_flag_counts_match_the_dashboards() {
        login(cohort.facilitator());
        Map<Flag, Integer> counts = dashboards.flagCounts(cohort.cohortId());
        assertThat(counts).as("the first municipality's newer case is neither quiet nor early, and has no zero")
                .containsEntry(Flag.STALLED, 1).containsEntry(Flag.EARLY_PHASE, 1)
                .containsEntry(Flag.ZERO_FOUNDATION, 0);

        navigate("");
        String card = _get(Paragraph.class, spec -> spec.withId("cohort-flags-" + cohort.cohortId())).getText();
        navigate("cohorts/" + cohort.cohortId() + "/dashboard");

        assertThat(card).isEqualTo("1 står stille · 1 er fortsatt i fase 1–2");
        assertThat(_get(Button.class, spec -> spec.withId("filter-stalled")).getText()).isEqualTo("Står stille (1)");
        assertThat(_get(Button.class, spec -> spec.withId("filter-early-phase")).getText())
                .isEqualTo("Er fortsatt i fase 1–2 (1)");
        assertThat(_get(Button.class, spec -> spec.withId("filter-zero-foundation")).getText())
                .isEqualTo("Har en null (0)");
    }
}
