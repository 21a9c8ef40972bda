package no.ks.ledergaloppen.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import no.ks.ledergaloppen.ServiceTest;
import no.ks.ledergaloppen.TestClock;
import no.ks.ledergaloppen.TestLogin;
import no.ks.ledergaloppen.benefits.BenefitDraft;
import no.ks.ledergaloppen.benefits.BenefitType;
import no.ks.ledergaloppen.benefits.BenefitsService;
import no.ks.ledergaloppen.benefits.Direction;
import no.ks.ledergaloppen.benefits.Frequency;
import no.ks.ledergaloppen.benefits.IndicatorDraft;
import no.ks.ledergaloppen.benefits.MeasurementDraft;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ServiceTest
class BenefitBehindFlagTest {

    @Autowired CohortFixture fixture;
    @Autowired DashboardService dashboards;
    @Autowired BenefitsService benefits;
    @Autowired TestLogin login;
    @Autowired TestClock clock;

    @Test
    void a_municipality_is_flagged_when_its_latest_measurement_is_behind_and_no_longer_once_it_is_back_on_track() {
        CohortFixture.Built b = fixture.cohort("gev", 2, List.of(clock.today().plusDays(10)));
        login.as(b.participants().get(0));
        long benefit = benefits.addBenefit(b.caseIds().get(0), new BenefitDraft("Mindre sykefravær",
                BenefitType.AVOIDED_COST, "Per Olsen", "Personalsjef", null)).id();
        LocalDate start = clock.today().minusDays(100);
        long indicator = benefits.addIndicator(benefit, new IndicatorDraft("Sykefravær", "prosent",
                Direction.LOWER_IS_BETTER, new BigDecimal("10"), start, new BigDecimal("6"), start.plusDays(200),
                Frequency.MONTHLY)).id();
        benefits.addMeasurement(indicator, new MeasurementDraft(start.plusDays(50), new BigDecimal("9"), null));
        benefits.addMeasurement(indicator, new MeasurementDraft(start.plusDays(90), new BigDecimal("9.8"), null));

        login.as(b.facilitator());
        CohortDashboard d = dashboards.dashboard(b.cohortId());
        assertThat(d.rows()).filteredOn(r -> r.has(Flag.BENEFIT_BEHIND)).extracting(DashboardRow::caseId)
                .containsExactly(b.caseIds().get(0));
        assertThat(d.flagCounts()).containsEntry(Flag.BENEFIT_BEHIND, 1);

        login.as(b.participants().get(0));
        benefits.addMeasurement(indicator, new MeasurementDraft(start.plusDays(100), new BigDecimal("7.5"), null));
        login.as(b.facilitator());
        assertThat(dashboards.dashboard(b.cohortId()).flagCounts()).containsEntry(Flag.BENEFIT_BEHIND, 0);
    }
}
