package no.ks.ledergaloppen.benefits;

import static no.ks.ledergaloppen.benefits.BenefitsFixture.measured;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import no.ks.ledergaloppen.ServiceTest;
import no.ks.ledergaloppen.TestClock;
import no.ks.ledergaloppen.TestLogin;
import no.ks.ledergaloppen.base.ChangedMeanwhileException;
import no.ks.ledergaloppen.base.DomainException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@ServiceTest
@Import(BenefitsFixture.class)
class BenefitsServiceTest {

    @Autowired BenefitsService benefits;
    @Autowired BenefitsFixture fixture;
    @Autowired TestClock clock;
    @Autowired TestLogin login;

    private final LocalDate start = LocalDate.of(2026, 8, 15);

    @Test
    void when_higher_is_better_a_measurement_below_the_line_is_behind_on_it_on_track_and_at_the_target_reached() {
        var b = fixture.cohortWithBenefit("hi");
        long id = benefits.addIndicator(b.benefitId(), fixture.plan(Direction.HIGHER_IS_BETTER, start)).id();

        // halfway (day 50) the line stands at 150
        assertThat(benefits.addMeasurement(id, measured(start.plusDays(50), "149")).status()).isEqualTo(IndicatorStatus.BEHIND);
        assertThat(benefits.addMeasurement(id, measured(start.plusDays(51), "151")).status()).isEqualTo(IndicatorStatus.ON_TRACK);
        assertThat(benefits.addMeasurement(id, measured(start.plusDays(52), "200")).status()).isEqualTo(IndicatorStatus.REACHED);
        assertThat(benefits.overview(b.caseId()).benefits().getFirst().indicators().getFirst().status())
                .isEqualTo(IndicatorStatus.REACHED);
    }

    @Test
    void when_lower_is_better_a_measurement_above_the_line_is_behind_below_it_on_track_and_at_the_target_reached() {
        var b = fixture.cohortWithBenefit("lo");
        long id = benefits.addIndicator(b.benefitId(), fixture.plan(Direction.LOWER_IS_BETTER, start)).id();

        assertThat(benefits.addMeasurement(id, measured(start.plusDays(50), "151")).status()).isEqualTo(IndicatorStatus.BEHIND);
        assertThat(benefits.addMeasurement(id, measured(start.plusDays(51), "149")).status()).isEqualTo(IndicatorStatus.ON_TRACK);
        assertThat(benefits.addMeasurement(id, measured(start.plusDays(52), "99,5".replace(',', '.'))).status())
                .isEqualTo(IndicatorStatus.REACHED);
    }

    @Test
    void a_measurement_in_the_future_is_refused_and_nothing_is_saved() {
        clock.stopAt(LocalDate.of(2026, 11, 23), LocalTime.of(23, 30));
        var b = fixture.cohortWithBenefit("fut");
        long id = benefits.addIndicator(b.benefitId(), fixture.plan(Direction.HIGHER_IS_BETTER, start)).id();

        assertThatThrownBy(() -> benefits.addMeasurement(id, measured(LocalDate.of(2026, 11, 24), "120")))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).messageKey()).isEqualTo("benefits.error.measurementInFuture"))
                .satisfies(e -> assertThat(((DomainException) e).field()).isEqualTo("date"));
        assertThat(points(b)).isEmpty();
        // late in the evening in Oslo it is still the 23rd, though UTC says so too: today is allowed
        assertThat(benefits.addMeasurement(id, measured(LocalDate.of(2026, 11, 23), "120")).date())
                .isEqualTo(LocalDate.of(2026, 11, 23));
    }

    @Test
    void a_measurement_before_the_baseline_date_is_refused_with_the_date_and_nothing_is_saved() {
        var b = fixture.cohortWithBenefit("pre");
        long id = benefits.addIndicator(b.benefitId(), fixture.plan(Direction.HIGHER_IS_BETTER, start)).id();

        assertThatThrownBy(() -> benefits.addMeasurement(id, measured(start.minusDays(1), "120")))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("benefits.error.beforeBaseline");
                    assertThat(e.args()).containsExactly("15.08.2026");
                });
        assertThat(points(b)).isEmpty();
    }

    @Test
    void a_second_measurement_on_the_same_date_is_refused_and_the_first_is_kept() {
        var b = fixture.cohortWithBenefit("dup");
        long id = benefits.addIndicator(b.benefitId(), fixture.plan(Direction.HIGHER_IS_BETTER, start)).id();
        benefits.addMeasurement(id, measured(start.plusDays(30), "130"));

        assertThatThrownBy(() -> benefits.addMeasurement(id, measured(start.plusDays(30), "140")))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("benefits.error.duplicateDate");
                    assertThat(e.args()).containsExactly("14.09.2026");
                });
        assertThat(points(b)).extracting(p -> p.value().intValueExact()).containsExactly(130);
    }

    @Test
    void an_indicator_needs_a_baseline_already_measured_a_later_target_date_and_a_target_the_right_way_off() {
        var b = fixture.cohortWithBenefit("plan");
        IndicatorDraft ok = fixture.plan(Direction.HIGHER_IS_BETTER, start);

        expectRefused(() -> benefits.addIndicator(b.benefitId(), withDates(ok, clock.today().plusDays(1), clock.today().plusDays(90))),
                "baselineDate", "benefits.error.baselineInFuture");
        expectRefused(() -> benefits.addIndicator(b.benefitId(), withDates(ok, start, start)),
                "targetDate", "benefits.error.targetDateNotAfterBaseline");
        expectRefused(() -> benefits.addIndicator(b.benefitId(), new IndicatorDraft("X", "saker", Direction.HIGHER_IS_BETTER,
                BigDecimal.TEN, start, BigDecimal.TEN, start.plusDays(9), Frequency.WEEKLY)),
                "targetValue", "benefits.error.targetEqualsBaseline");
        expectRefused(() -> benefits.addIndicator(b.benefitId(), new IndicatorDraft("X", "saker", Direction.HIGHER_IS_BETTER,
                BigDecimal.TEN, start, BigDecimal.ONE, start.plusDays(9), Frequency.WEEKLY)),
                "targetValue", "benefits.error.targetNotHigher");
        assertThat(benefits.overview(b.caseId()).activeIndicators()).isZero();
    }

    @Test
    void a_corrective_action_needs_what_and_who_and_a_due_date_not_in_the_past_and_is_kept_with_the_measurement() {
        var b = fixture.cohortWithBenefit("act");
        long id = benefits.addIndicator(b.benefitId(), fixture.plan(Direction.HIGHER_IS_BETTER, start)).id();
        MeasurementPoint behind = benefits.addMeasurement(id, measured(start.plusDays(50), "110"));
        assertThat(behind.needsAction()).isTrue();

        expectRefused(() -> benefits.setCorrectiveAction(behind.id(), new CorrectiveAction(" ", "Kari", clock.today())),
                "what", "validation.required");
        expectRefused(() -> benefits.setCorrectiveAction(behind.id(), new CorrectiveAction("Mer opplæring", "", clock.today())),
                "who", "validation.required");
        expectRefused(() -> benefits.setCorrectiveAction(behind.id(),
                new CorrectiveAction("Mer opplæring", "Kari", clock.today().minusDays(1))), "due", "benefits.error.actionDueInPast");
        assertThat(points(b).getFirst().action()).isNull();

        benefits.setCorrectiveAction(behind.id(), new CorrectiveAction("Mer opplæring", "Kari", clock.today().plusDays(14)));
        assertThat(points(b).getFirst().action()).isEqualTo(new CorrectiveAction("Mer opplæring", "Kari",
                clock.today().plusDays(14)));
        assertThat(points(b).getFirst().needsAction()).isFalse();
    }

    @Test
    void an_import_is_saved_whole_or_not_at_all_and_each_bad_row_is_named_by_its_line() {
        var b = fixture.cohortWithBenefit("imp");
        long id = benefits.addIndicator(b.benefitId(), fixture.plan(Direction.HIGHER_IS_BETTER, start)).id();
        benefits.addMeasurement(id, measured(start.plusDays(10), "105"));
        List<MeasurementDraft> rows = List.of(measured(start.plusDays(20), "110"), measured(start.plusDays(10), "106"),
                measured(start.minusDays(3), "90"), measured(start.plusDays(20), "111"),
                measured(clock.today().plusDays(2), "150"), measured(start.plusDays(30), "120"));

        List<RowProblem> problems = benefits.check(id, rows);

        assertThat(problems).extracting(RowProblem::line, RowProblem::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "benefits.error.duplicateDate"),
                org.assertj.core.groups.Tuple.tuple(3, "benefits.error.beforeBaseline"),
                org.assertj.core.groups.Tuple.tuple(4, "benefits.error.duplicateInFile"),
                org.assertj.core.groups.Tuple.tuple(5, "benefits.error.measurementInFuture"));
        assertThat(problems.get(2).args()).containsExactly("04.09.2026", 1);
        assertThatThrownBy(() -> benefits.importMeasurements(id, rows)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo("benefits.import.error.refused"));
        assertThat(points(b)).hasSize(1);

        List<MeasurementDraft> good = List.of(rows.get(0), rows.get(5));
        assertThat(benefits.check(id, good)).isEmpty();
        assertThat(benefits.importMeasurements(id, good)).hasSize(2);
        assertThat(points(b)).hasSize(3);
    }

    @Test
    void a_participant_of_another_municipality_can_neither_read_nor_change_a_private_cases_benefits() {
        var b = fixture.cohortWithBenefit("priv");
        long id = benefits.addIndicator(b.benefitId(), fixture.plan(Direction.HIGHER_IS_BETTER, start)).id();
        MeasurementPoint point = benefits.addMeasurement(id, measured(start.plusDays(10), "105"));

        login.as(b.otherParticipant());

        assertThatThrownBy(() -> benefits.overview(b.caseId())).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> benefits.statusByCase(List.of(b.caseId()))).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> benefits.addBenefit(b.caseId(), new BenefitDraft("X", BenefitType.OTHER, "A", "B", null)))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> benefits.addMeasurement(id, measured(start.plusDays(11), "106")))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> benefits.setCorrectiveAction(point.id(), new CorrectiveAction("X", "Y", clock.today())))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> benefits.importMeasurements(id, List.of(measured(start.plusDays(12), "107"))))
                .isInstanceOf(DomainException.class);
        login.as(b.participant());
        assertThat(points(b)).hasSize(1);
    }

    @Test
    void an_edit_from_a_stale_version_is_refused_and_names_who_saved_meanwhile() {
        var b = fixture.cohortWithBenefit("stale");
        IndicatorView first = benefits.addIndicator(b.benefitId(), fixture.plan(Direction.HIGHER_IS_BETTER, start));
        benefits.updateIndicator(first.id(), first.version(), fixture.plan(Direction.HIGHER_IS_BETTER, start.minusDays(1)));

        assertThatThrownBy(() -> benefits.updateIndicator(first.id(), first.version(),
                fixture.plan(Direction.HIGHER_IS_BETTER, start.minusDays(2))))
                .isInstanceOfSatisfying(ChangedMeanwhileException.class,
                        e -> assertThat(e.args()[0]).isEqualTo("Deltaker stale 1"));
        assertThat(benefits.overview(b.caseId()).benefits().getFirst().indicators().getFirst().baselineDate())
                .isEqualTo(start.minusDays(1));
    }

    @Test
    void the_status_by_case_counts_indicators_by_their_latest_measurement() {
        var b = fixture.cohortWithBenefit("sum");
        long behind = benefits.addIndicator(b.benefitId(), fixture.plan(Direction.HIGHER_IS_BETTER, start)).id();
        long reached = benefits.addIndicator(b.benefitId(), fixture.plan(Direction.LOWER_IS_BETTER, start)).id();
        benefits.addIndicator(b.benefitId(), fixture.plan(Direction.LOWER_IS_BETTER, start));
        benefits.addMeasurement(behind, measured(start.plusDays(10), "300"));
        benefits.addMeasurement(behind, measured(start.plusDays(60), "120"));
        benefits.addMeasurement(reached, measured(start.plusDays(40), "90"));

        BenefitsStatus status = benefits.statusByCase(List.of(b.caseId())).get(b.caseId());

        assertThat(status).isEqualTo(new BenefitsStatus(b.caseId(), 3, 1, 0, 1, IndicatorStatus.BEHIND, start.plusDays(60)));
        assertThat(status.notMeasured()).isEqualTo(1);
        assertThat(benefits.statusByCase(List.of(b.cohort().caseIds().get(0))).get(b.caseId()).anyBehind()).isTrue();
    }

    private List<MeasurementPoint> points(BenefitsFixture.Built b) {
        return benefits.overview(b.caseId()).benefits().getFirst().indicators().stream()
                .flatMap(i -> i.measurements().stream()).toList();
    }

    private static IndicatorDraft withDates(IndicatorDraft d, LocalDate baseline, LocalDate target) {
        return new IndicatorDraft(d.name(), d.unit(), d.direction(), d.baselineValue(), baseline, d.targetValue(), target,
                d.frequency());
    }

    private static void expectRefused(Runnable action, String field, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }
}
