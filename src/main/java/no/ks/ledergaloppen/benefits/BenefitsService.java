package no.ks.ledergaloppen.benefits;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.ks.ledergaloppen.base.CaseGuard;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.benefits.domain.Benefit;
import no.ks.ledergaloppen.benefits.domain.BenefitIndicator;
import no.ks.ledergaloppen.benefits.domain.BenefitIndicatorRepository;
import no.ks.ledergaloppen.benefits.domain.BenefitMeasurement;
import no.ks.ledergaloppen.benefits.domain.BenefitMeasurementRepository;
import no.ks.ledergaloppen.benefits.domain.BenefitRepository;
import no.ks.ledergaloppen.cohort.CohortAccess;
import no.ks.ledergaloppen.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Benefits realisation of a case: benefits, their result indicators (baseline, target, the straight line
 * between them) and measurements with corrective actions. Everyone who may read the case reads them; those
 * who may change the case change them, each change audited on the case. An edit that starts from a stale
 * version is refused with {@link no.ks.ledergaloppen.base.ChangedMeanwhileException}.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class BenefitsService {

    private final BenefitRepository benefits;
    private final BenefitIndicatorRepository indicators;
    private final BenefitMeasurementRepository measurements;
    private final CaseGuard cases;
    private final CohortAccess cohorts;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final MeasurementRules rules;
    private final Stale stale;

    BenefitsService(BenefitRepository benefits, BenefitIndicatorRepository indicators,
                    BenefitMeasurementRepository measurements, CaseGuard cases, CohortAccess cohorts,
                    CurrentUser currentUser, Clock clock, Stale stale) {
        this.benefits = benefits;
        this.indicators = indicators;
        this.measurements = measurements;
        this.cases = cases;
        this.cohorts = cohorts;
        this.currentUser = currentUser;
        this.clock = clock;
        this.rules = new MeasurementRules(clock);
        this.stale = stale;
    }

    /** The case's benefits with every indicator (deactivated ones included) and their measurements. */
    @Transactional(readOnly = true)
    public BenefitsOverview overview(long caseId) {
        cases.checkCanRead(caseId);
        List<BenefitIndicator> all = indicators.findByCaseIdOrderByIdAsc(caseId);
        Map<Long, List<BenefitMeasurement>> byIndicator = all.isEmpty() ? Map.of()
                : measurements.findByIndicatorIdInOrderByMeasuredOnAsc(all.stream().map(BenefitIndicator::getId).toList())
                .stream().collect(Collectors.groupingBy(BenefitMeasurement::getIndicatorId));
        List<BenefitView> views = benefits.findByCaseIdOrderByIdAsc(caseId).stream()
                .map(b -> BenefitsViews.benefit(b, BenefitsViews.indicatorsOf(b, all, byIndicator))).toList();
        boolean canEdit = cases.isOwnLeaderGroup(caseId) || cases.facilitates(caseId);
        return new BenefitsOverview(caseId, canEdit, views, (int) all.stream().filter(BenefitIndicator::isActive).count());
    }

    public BenefitView addBenefit(long caseId, BenefitDraft draft) {
        cases.checkCanEdit(caseId);
        BenefitDraft d = IndicatorRules.benefit(draft);
        Benefit b = new Benefit(caseId, currentUser.id(), clock.instant());
        b.describe(d.description(), d.type(), d.ownerName(), d.ownerTitle(), d.assumptions(), currentUser.id(),
                clock.instant());
        benefits.saveAndFlush(b);
        cases.audit(caseId, "BENEFIT_ADDED", "#" + b.getId() + " " + d.description());
        return BenefitsViews.benefit(b, List.of());
    }

    public BenefitView updateBenefit(long benefitId, long version, BenefitDraft draft) {
        Benefit b = benefits.findById(benefitId).orElseThrow(() -> DomainException.of("benefits.error.notFound"));
        cases.checkCanEdit(b.getCaseId());
        stale.check(b.getVersion(), version, b.getUpdatedBy(), b.getUpdatedAt(), draft);
        BenefitDraft d = IndicatorRules.benefit(draft);
        b.describe(d.description(), d.type(), d.ownerName(), d.ownerTitle(), d.assumptions(), currentUser.id(),
                clock.instant());
        benefits.flush();
        cases.audit(b.getCaseId(), "BENEFIT_UPDATED", "#" + b.getId() + " " + d.description());
        return BenefitsViews.benefit(b, List.of());
    }

    public IndicatorView addIndicator(long benefitId, IndicatorDraft draft) {
        Benefit b = benefits.findById(benefitId).orElseThrow(() -> DomainException.of("benefits.error.notFound"));
        cases.checkCanEdit(b.getCaseId());
        IndicatorDraft d = IndicatorRules.indicator(draft, rules.today());
        BenefitIndicator i = new BenefitIndicator(benefitId, b.getCaseId());
        i.describe(d.name(), d.unit(), plan(d), d.frequency(), currentUser.id(), clock.instant());
        indicators.saveAndFlush(i);
        cases.audit(b.getCaseId(), "INDICATOR_ADDED", "#" + i.getId() + " " + d.name());
        return BenefitsViews.indicator(i, List.of());
    }

    public IndicatorView updateIndicator(long indicatorId, long version, IndicatorDraft draft) {
        BenefitIndicator i = editableIndicator(indicatorId);
        stale.check(i.getVersion(), version, i.getUpdatedBy(), i.getUpdatedAt(), draft);
        IndicatorDraft d = IndicatorRules.indicator(draft, rules.today());
        List<BenefitMeasurement> saved = measurements.findByIndicatorIdOrderByMeasuredOnAsc(indicatorId);
        if (!saved.isEmpty() && saved.getFirst().getMeasuredOn().isBefore(d.baselineDate())) {
            throw new DomainException("baselineDate", "benefits.error.baselineAfterMeasurements");
        }
        i.describe(d.name(), d.unit(), plan(d), d.frequency(), currentUser.id(), clock.instant());
        indicators.flush();
        cases.audit(i.getCaseId(), "INDICATOR_UPDATED", "#" + i.getId() + " " + d.name());
        return BenefitsViews.indicator(i, saved);
    }

    /** No more follow-up of the indicator: it leaves the count and the dashboard, its measurements stay. */
    public void deactivateIndicator(long indicatorId, long version) {
        BenefitIndicator i = editableIndicator(indicatorId);
        stale.check(i.getVersion(), version, i.getUpdatedBy(), i.getUpdatedAt(), null);
        i.deactivate(currentUser.id(), clock.instant());
        indicators.flush();
        cases.audit(i.getCaseId(), "INDICATOR_DEACTIVATED", "#" + i.getId() + " " + i.getName());
    }

    /** Followed up again: back in the count and on the dashboard, with the measurements it had. */
    public void reactivateIndicator(long indicatorId, long version) {
        BenefitIndicator i = editableIndicator(indicatorId);
        stale.check(i.getVersion(), version, i.getUpdatedBy(), i.getUpdatedAt(), null);
        i.reactivate(currentUser.id(), clock.instant());
        indicators.flush();
        cases.audit(i.getCaseId(), "INDICATOR_REACTIVATED", "#" + i.getId() + " " + i.getName());
    }

    /** Saves a measurement and returns it with its status; a BEHIND one asks for a corrective action. */
    public MeasurementPoint addMeasurement(long indicatorId, MeasurementDraft draft) {
        BenefitIndicator i = activeIndicator(indicatorId);
        MeasurementDraft d = rules.checked(i, draft, savedDates(indicatorId, null));
        BenefitMeasurement m = measurements.saveAndFlush(new BenefitMeasurement(indicatorId, d.date(), d.value(),
                d.comment(), currentUser.id(), clock.instant()));
        MeasurementPoint point = BenefitsViews.point(m, i.plan());
        cases.audit(i.getCaseId(), "MEASURED", i.getName() + " " + d.date() + " = " + d.value() + " " + point.status());
        return point;
    }

    public MeasurementPoint updateMeasurement(long measurementId, long version, MeasurementDraft draft) {
        BenefitMeasurement m = measurement(measurementId);
        BenefitIndicator i = activeIndicator(m.getIndicatorId());
        stale.check(m.getVersion(), version, m.getRecordedBy(), m.getRecordedAt(), draft);
        MeasurementDraft d = rules.checked(i, draft, savedDates(i.getId(), m.getMeasuredOn()));
        m.record(d.date(), d.value(), d.comment(), currentUser.id(), clock.instant());
        measurements.flush();
        cases.audit(i.getCaseId(), "MEASUREMENT_UPDATED", i.getName() + " " + d.date() + " = " + d.value());
        return BenefitsViews.point(m, i.plan());
    }

    public void deleteMeasurement(long measurementId, long version) {
        BenefitMeasurement m = measurement(measurementId);
        BenefitIndicator i = activeIndicator(m.getIndicatorId());
        stale.check(m.getVersion(), version, m.getRecordedBy(), m.getRecordedAt(), null);
        measurements.delete(m);
        measurements.flush();
        cases.audit(i.getCaseId(), "MEASUREMENT_DELETED", i.getName() + " " + m.getMeasuredOn());
    }

    /** What, who and by when (not in the past): kept with the measurement and shown with it. */
    public MeasurementPoint setCorrectiveAction(long measurementId, CorrectiveAction action) {
        BenefitMeasurement m = measurement(measurementId);
        BenefitIndicator i = activeIndicator(m.getIndicatorId());
        CorrectiveAction a = IndicatorRules.action(action, rules.today());
        m.correct(a, currentUser.id(), clock.instant());
        measurements.flush();
        cases.audit(i.getCaseId(), "CORRECTIVE_ACTION", i.getName() + " " + m.getMeasuredOn() + ": " + a.what());
        return BenefitsViews.point(m, i.plan());
    }

    /** Every row that cannot be saved, with its number in the list (from 1) and why; empty when all can. */
    @Transactional(readOnly = true)
    public List<RowProblem> check(long indicatorId, List<MeasurementDraft> rows) {
        BenefitIndicator i = activeIndicator(indicatorId);
        return rules.check(i, rows, savedDates(indicatorId, null));
    }

    /** Saves every row, or none: refused as a whole when {@link #check} finds any problem. */
    public List<MeasurementPoint> importMeasurements(long indicatorId, List<MeasurementDraft> rows) {
        BenefitIndicator i = activeIndicator(indicatorId);
        List<RowProblem> problems = rules.check(i, rows, savedDates(indicatorId, null));
        if (rows.isEmpty() || !problems.isEmpty()) {
            throw DomainException.of(rows.isEmpty() ? "benefits.import.error.empty" : "benefits.import.error.refused",
                    problems.size());
        }
        List<BenefitMeasurement> saved = measurements.saveAllAndFlush(rows.stream().map(r -> new BenefitMeasurement(
                indicatorId, r.date(), r.value(), r.comment(), currentUser.id(), clock.instant())).toList());
        cases.audit(i.getCaseId(), "MEASUREMENTS_IMPORTED", i.getName() + ": " + saved.size());
        return saved.stream().map(m -> BenefitsViews.point(m, i.plan())).toList();
    }

    /**
     * Each readable case's benefits in one line (case id → status; cases without active indicators get
     * {@link BenefitsStatus#none}), read in one statement after the access checks.
     */
    @Transactional(readOnly = true)
    public Map<Long, BenefitsStatus> statusByCase(Collection<Long> caseIds) {
        // one access check for the whole list (a check per case cost a statement per row for participants)
        if (!cases.readableOf(caseIds).containsAll(caseIds)) {
            throw DomainException.of("case.error.notFound");
        }
        Map<Long, BenefitsStatus> found = caseIds.isEmpty() ? Map.of()
                : StatusRows.summarise(indicators.latestOfCases(caseIds));
        return caseIds.stream().distinct().collect(Collectors.toMap(id -> id,
                id -> found.getOrDefault(id, BenefitsStatus.none(id))));
    }

    /** The same for every case of a cohort (only cases with active indicators), for those who run it. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN','FACILITATOR')")
    public Map<Long, BenefitsStatus> statusInCohort(long cohortId) {
        cohorts.checkCanManage(cohortId);
        return StatusRows.summarise(indicators.latestInCohort(cohortId));
    }

    /** Every active indicator of the cohort's cases with its latest measurement, for those who run the cohort. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN','FACILITATOR')")
    public List<IndicatorLine> indicatorsInCohort(long cohortId) {
        cohorts.checkCanManage(cohortId);
        return StatusRows.lines(indicators.latestInCohort(cohortId));
    }

    private static IndicatorPlan plan(IndicatorDraft d) {
        return new IndicatorPlan(d.direction(), d.baselineValue(), d.baselineDate(), d.targetValue(), d.targetDate());
    }

    private BenefitIndicator editableIndicator(long indicatorId) {
        BenefitIndicator i = indicators.findById(indicatorId)
                .orElseThrow(() -> DomainException.of("benefits.error.notFound"));
        cases.checkCanEdit(i.getCaseId());
        return i;
    }

    private BenefitIndicator activeIndicator(long indicatorId) {
        BenefitIndicator i = editableIndicator(indicatorId);
        if (!i.isActive()) {
            throw DomainException.of("benefits.error.inactive");
        }
        return i;
    }

    private BenefitMeasurement measurement(long measurementId) {
        return measurements.findById(measurementId).orElseThrow(() -> DomainException.of("benefits.error.notFound"));
    }

    private Set<LocalDate> savedDates(long indicatorId, LocalDate except) {
        Set<LocalDate> dates = new HashSet<>();
        measurements.findByIndicatorIdOrderByMeasuredOnAsc(indicatorId).forEach(m -> dates.add(m.getMeasuredOn()));
        if (except != null) {
            dates.remove(except);
        }
        return dates;
    }
}
