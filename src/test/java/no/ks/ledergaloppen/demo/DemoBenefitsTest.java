package no.ks.ledergaloppen.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import no.ks.ledergaloppen.ServiceTest;
import no.ks.ledergaloppen.TestCases;
import no.ks.ledergaloppen.TestLogin;
import no.ks.ledergaloppen.benefits.BenefitsService;
import no.ks.ledergaloppen.benefits.IndicatorStatus;
import no.ks.ledergaloppen.benefits.IndicatorView;
import no.ks.ledergaloppen.benefits.MeasurementPoint;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ServiceTest
class DemoBenefitsTest {

    @Autowired BenefitsService benefits;
    @Autowired TestCases demo;
    @Autowired TestLogin login;

    @Test
    void haugesund_in_testing_follows_three_indicators_with_a_year_of_monthly_figures_one_behind_with_an_action_one_reached() {
        long haugesund = demo.idOf("Haugesund kommune");
        login.as("ola");
        List<IndicatorView> indicators = benefits.overview(haugesund).benefits().stream()
                .flatMap(b -> b.indicators().stream()).toList();

        assertThat(indicators).hasSizeBetween(2, 4);
        assertThat(indicators).allSatisfy(i -> {
            assertThat(i.measurements()).hasSize(12);
            assertThat(i.measurements().getLast().date()).isEqualTo(LocalDate.of(2026, 11, 23));
            assertThat(i.measurements().getFirst().date()).isEqualTo(LocalDate.of(2025, 12, 23));
        });
        assertThat(indicators).extracting(IndicatorView::status)
                .contains(IndicatorStatus.BEHIND, IndicatorStatus.REACHED, IndicatorStatus.ON_TRACK);
        MeasurementPoint behind = indicators.stream().filter(i -> i.status() == IndicatorStatus.BEHIND).findFirst()
                .orElseThrow().measurements().getLast();
        assertThat(behind.action()).isNotNull();
        assertThat(indicators.stream().flatMap(i -> i.measurements().stream()).filter(MeasurementPoint::needsAction))
                .isEmpty();
        login.as("kari");
        assertThat(benefits.statusByCase(List.of(demo.idOf("Kvam herad"))).get(demo.idOf("Kvam herad")).indicators())
                .isZero();
    }
}
