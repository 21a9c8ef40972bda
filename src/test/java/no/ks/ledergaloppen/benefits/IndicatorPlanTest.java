package no.ks.ledergaloppen.benefits;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IndicatorPlanTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate END = START.plusDays(200);

    /** Sick leave from 10 % down to 6 % over 200 days: halfway the plan says 8 %. */
    private final IndicatorPlan lower = new IndicatorPlan(Direction.LOWER_IS_BETTER, new BigDecimal("10"), START,
            new BigDecimal("6"), END);
    /** Home visits per week from 20 up to 40 over 200 days: halfway the plan says 30. */
    private final IndicatorPlan higher = new IndicatorPlan(Direction.HIGHER_IS_BETTER, new BigDecimal("20"), START,
            new BigDecimal("40"), END);

    private static final LocalDate HALFWAY = START.plusDays(100);

    @Test
    void the_plan_is_a_straight_line_from_baseline_to_target_and_stays_at_the_target_afterwards() {
        assertThat(higher.expectedAt(START)).isEqualByComparingTo("20");
        assertThat(higher.expectedAt(HALFWAY)).isEqualByComparingTo("30");
        assertThat(higher.expectedAt(END)).isEqualByComparingTo("40");
        assertThat(higher.expectedAt(END.plusYears(1))).isEqualByComparingTo("40");
        assertThat(lower.expectedAt(HALFWAY)).isEqualByComparingTo("8");
    }

    @Test
    void when_higher_is_better_a_value_under_the_line_is_behind_and_on_or_over_it_is_on_track() {
        assertThat(higher.statusOf(HALFWAY, new BigDecimal("29.9"))).isEqualTo(IndicatorStatus.BEHIND);
        assertThat(higher.statusOf(HALFWAY, new BigDecimal("30"))).isEqualTo(IndicatorStatus.ON_TRACK);
        assertThat(higher.statusOf(HALFWAY, new BigDecimal("39"))).isEqualTo(IndicatorStatus.ON_TRACK);
        assertThat(higher.statusOf(HALFWAY, new BigDecimal("40"))).isEqualTo(IndicatorStatus.REACHED);
    }

    @Test
    void when_lower_is_better_a_value_over_the_line_is_behind_and_on_or_under_it_is_on_track() {
        assertThat(lower.statusOf(HALFWAY, new BigDecimal("8.1"))).isEqualTo(IndicatorStatus.BEHIND);
        assertThat(lower.statusOf(HALFWAY, new BigDecimal("8"))).isEqualTo(IndicatorStatus.ON_TRACK);
        assertThat(lower.statusOf(HALFWAY, new BigDecimal("5.5"))).isEqualTo(IndicatorStatus.REACHED);
    }

    @Test
    void after_the_target_date_anything_short_of_the_target_is_behind() {
        assertThat(higher.statusOf(END.plusMonths(1), new BigDecimal("39.9"))).isEqualTo(IndicatorStatus.BEHIND);
        assertThat(lower.statusOf(END.plusMonths(1), new BigDecimal("6.1"))).isEqualTo(IndicatorStatus.BEHIND);
    }
}
