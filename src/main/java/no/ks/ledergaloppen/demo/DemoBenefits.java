package no.ks.ledergaloppen.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.ks.ledergaloppen.base.AppClock;
import no.ks.ledergaloppen.benefits.BenefitDraft;
import no.ks.ledergaloppen.benefits.BenefitType;
import no.ks.ledergaloppen.benefits.BenefitsService;
import no.ks.ledergaloppen.benefits.CorrectiveAction;
import no.ks.ledergaloppen.benefits.Direction;
import no.ks.ledergaloppen.benefits.Frequency;
import no.ks.ledergaloppen.benefits.IndicatorDraft;
import no.ks.ledergaloppen.benefits.IndicatorPlan;
import no.ks.ledergaloppen.benefits.MeasurementDraft;
import no.ks.ledergaloppen.benefits.MeasurementPoint;
import no.ks.ledergaloppen.innovationcase.CaseService;
import no.ks.ledergaloppen.innovationcase.CaseSummary;
import no.ks.ledergaloppen.roadmap.Phase;
import no.ks.ledergaloppen.security.SystemAuthentication;
import org.springframework.context.annotation.Profile;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * Benefits of the Pilot i vest cases that have reached Testing: three indicators each, with a year of monthly
 * figures from the municipality's own statistics up to today. The year is imported the week the leader group
 * set the indicators up (a week and a half after moving to Testing); today's figure is typed in. One indicator
 * is on track, one has reached its target, one fell behind today and carries a corrective action.
 */
@Component
@Profile("demo")
class DemoBenefits {

    private final BenefitsService benefits;
    private final CaseService cases;
    private final SystemAuthentication system;
    private final AppClock clock;

    DemoBenefits(BenefitsService benefits, CaseService cases, SystemAuthentication system, AppClock clock) {
        this.benefits = benefits;
        this.cases = cases;
        this.system = system;
        this.clock = clock;
    }

    void seed(DemoCalendar calendar) {
        List<CaseSummary> tested = system.runAsSystem(() -> cases.page(Pageable.unpaged()).getContent()).stream()
                .filter(c -> c.cohortName().equals("Pilot i vest") && c.phase().ordinal() >= Phase.TESTING.ordinal())
                .toList();
        Instant setUp = calendar.at(2, 18, "10:00");
        Instant now = clock.instant();
        for (CaseSummary c : tested) {
            Runnable story = () -> tell(c.id(), calendar.today(), now);
            clock.asOf(setUp.isBefore(now) ? setUp : now, () -> {
                if (c.municipalityName().equals("Haugesund kommune")) {
                    system.runAs("ola", story);
                } else {
                    system.runAsSystem(story);
                }
            });
        }
    }

    private void tell(long caseId, LocalDate today, Instant now) {
        LocalDate baseline = today.minusMonths(12);
        long time = benefits.addBenefit(caseId, new BenefitDraft("Færre nattlige tilsynsbesøk som vekker brukeren",
                BenefitType.TIME_SAVED, "Marte Solheim", "Kommunalsjef helse og omsorg",
                "Tallene er fra turnusplanen og kjørebøkene til nattpatruljen. Vi regner med at frigjort tid brukes"
                        + " på brukere med større behov, ikke kuttes.")).id();
        long quality = benefits.addBenefit(caseId, new BenefitDraft("Tryggere natt for brukere og pårørende",
                BenefitType.BETTER_QUALITY, "Per Haugen", "Enhetsleder hjemmetjenesten nord",
                "Spørreundersøkelse til pårørende hvert kvartal, anslått månedlig ut fra samtaler.")).id();
        year(benefits.addIndicator(time, indicator("Fysiske tilsynsbesøk per natt", "besøk", Direction.LOWER_IS_BETTER,
                "46", "30", baseline)).id(), plan(Direction.LOWER_IS_BETTER, "46", "30", baseline), "-0.8", today, now, null);
        year(benefits.addIndicator(time, indicator("Timer til andre oppgaver i nattpatruljen", "timer per uke",
                Direction.HIGHER_IS_BETTER, "0", "40", baseline)).id(), plan(Direction.HIGHER_IS_BETTER, "0", "40", baseline),
                "1.5", today, now, "-9");
        year(benefits.addIndicator(quality, indicator("Pårørende som opplever natten som trygg", "prosent",
                Direction.HIGHER_IS_BETTER, "62", "80", baseline)).id(), plan(Direction.HIGHER_IS_BETTER, "62", "80", baseline),
                "0.5", today, now, "19");
    }

    /**
     * Twelve monthly figures along the plan, a little better than it by {@code lead}; today's figure is typed in,
     * {@code last} away from the baseline-plus-plan (a fall behind, or the target reached), or on the line.
     */
    private void year(long indicatorId, IndicatorPlan plan, String lead, LocalDate today, Instant now, String last) {
        List<MeasurementDraft> history = new ArrayList<>();
        for (int month = 1; month < 12; month++) {
            LocalDate on = plan.baselineDate().plusMonths(month);
            BigDecimal wobble = new BigDecimal(month % 3 == 0 ? "0.4" : "-0.2");
            history.add(new MeasurementDraft(on, round(plan.expectedAt(on).add(new BigDecimal(lead)).add(wobble)),
                    on.getMonth() == java.time.Month.JULY ? "Sommerferie: vikarer i patruljen" : null));
        }
        benefits.importMeasurements(indicatorId, history);
        BigDecimal todays = last == null ? plan.expectedAt(today).add(new BigDecimal(lead))
                : last.startsWith("-") ? plan.expectedAt(today).add(new BigDecimal(last))
                : plan.baselineValue().add(new BigDecimal(last));
        clock.asOf(now, () -> record(indicatorId, today, round(todays)));
    }

    private void record(long indicatorId, LocalDate today, BigDecimal value) {
        MeasurementPoint point = benefits.addMeasurement(indicatorId, new MeasurementDraft(today, value, null));
        if (point.needsAction()) {
            benefits.setCorrectiveAction(point.id(), new CorrectiveAction("Gå gjennom hvem som svarer på varsler om"
                    + " natten, og lær opp de to nye i nattpatruljen før jul.", "Per Haugen", today.plusWeeks(3)));
        }
    }

    private static IndicatorDraft indicator(String name, String unit, Direction direction, String baseline, String target,
                                            LocalDate baselineDate) {
        return new IndicatorDraft(name, unit, direction, new BigDecimal(baseline), baselineDate, new BigDecimal(target),
                baselineDate.plusMonths(18), Frequency.MONTHLY);
    }

    private static IndicatorPlan plan(Direction direction, String baseline, String target, LocalDate baselineDate) {
        return new IndicatorPlan(direction, new BigDecimal(baseline), baselineDate, new BigDecimal(target),
                baselineDate.plusMonths(18));
    }

    private static BigDecimal round(BigDecimal value) {
        return value.setScale(1, RoundingMode.HALF_UP);
    }
}
