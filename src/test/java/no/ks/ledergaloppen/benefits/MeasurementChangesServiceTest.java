package no.ks.ledergaloppen.benefits;

import static no.ks.ledergaloppen.benefits.BenefitsFixture.measured;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import no.ks.ledergaloppen.ServiceTest;
import no.ks.ledergaloppen.TestLogin;
import no.ks.ledergaloppen.base.ChangedMeanwhileException;
import no.ks.ledergaloppen.base.DomainException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** Corrections after the fact: a measurement changed or deleted, an indicator stopped and taken up again. */
@ServiceTest
@Import(BenefitsFixture.class)
class MeasurementChangesServiceTest {

    @Autowired BenefitsService benefits;
    @Autowired BenefitsFixture fixture;
    @Autowired TestLogin login;

    private final LocalDate start = LocalDate.of(2026, 8, 15);

    @Test
    void a_stopped_indicator_taken_up_again_counts_again_and_takes_measurements_again() {
        var b = fixture.cohortWithBenefit("igjen");
        IndicatorView i = benefits.addIndicator(b.benefitId(), fixture.plan(Direction.HIGHER_IS_BETTER, start));
        benefits.addMeasurement(i.id(), measured(start.plusDays(40), "120"));
        benefits.deactivateIndicator(i.id(), i.version());
        assertThat(benefits.statusByCase(List.of(b.caseId())).get(b.caseId()).indicators()).isZero();
        expectRefused(() -> benefits.addMeasurement(i.id(), measured(start.plusDays(50), "150")), "benefits.error.inactive");

        benefits.reactivateIndicator(i.id(), current(b).version());

        IndicatorView again = current(b);
        assertThat(again.active()).isTrue();
        assertThat(again.measurements()).hasSize(1);
        assertThat(benefits.statusByCase(List.of(b.caseId())).get(b.caseId()).behind()).isEqualTo(1);
        benefits.addMeasurement(i.id(), measured(start.plusDays(50), "150"));
        assertThat(current(b).status()).isEqualTo(IndicatorStatus.ON_TRACK);
    }

    @Test
    void taking_up_an_indicator_from_a_stale_version_or_in_another_municipality_is_refused() {
        var b = fixture.cohortWithBenefit("igjen2");
        IndicatorView i = benefits.addIndicator(b.benefitId(), fixture.plan(Direction.HIGHER_IS_BETTER, start));
        benefits.deactivateIndicator(i.id(), i.version());

        assertThatThrownBy(() -> benefits.reactivateIndicator(i.id(), i.version()))
                .isInstanceOf(ChangedMeanwhileException.class);
        long version = current(b).version();
        login.as(b.otherParticipant());
        assertThatThrownBy(() -> benefits.reactivateIndicator(i.id(), version)).isInstanceOf(DomainException.class);
        login.as(b.participant());
        assertThat(current(b).active()).isFalse();
    }

    @Test
    void a_corrected_measurement_gets_its_new_status_and_a_correction_into_the_future_is_refused_and_not_saved() {
        var b = fixture.cohortWithBenefit("rett");
        IndicatorView i = benefits.addIndicator(b.benefitId(), fixture.plan(Direction.HIGHER_IS_BETTER, start));
        MeasurementPoint behind = benefits.addMeasurement(i.id(), measured(start.plusDays(40), "120"));
        assertThat(behind.status()).isEqualTo(IndicatorStatus.BEHIND);

        MeasurementPoint corrected = benefits.updateMeasurement(behind.id(), behind.version(),
                measured(start.plusDays(40), "150"));

        assertThat(corrected.status()).isEqualTo(IndicatorStatus.ON_TRACK);
        expectRefused(() -> benefits.updateMeasurement(behind.id(), corrected.version(),
                measured(LocalDate.of(2026, 11, 24), "150")), "benefits.error.measurementInFuture");
        assertThat(current(b).measurements()).extracting(MeasurementPoint::date).containsExactly(start.plusDays(40));
        assertThatThrownBy(() -> benefits.deleteMeasurement(behind.id(), behind.version()))
                .isInstanceOf(ChangedMeanwhileException.class);
        assertThat(current(b).measurements()).hasSize(1);
    }

    private IndicatorView current(BenefitsFixture.Built b) {
        return benefits.overview(b.caseId()).benefits().getFirst().indicators().getFirst();
    }

    private static void expectRefused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
