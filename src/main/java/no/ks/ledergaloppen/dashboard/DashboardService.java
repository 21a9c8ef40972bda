package no.ks.ledergaloppen.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import no.ks.ledergaloppen.assessment.Assessment;
import no.ks.ledergaloppen.assessment.AssessmentService;
import no.ks.ledergaloppen.assignment.AssignmentProgressService;
import no.ks.ledergaloppen.assignment.MunicipalityAssignments;
import no.ks.ledergaloppen.benefits.BenefitsService;
import no.ks.ledergaloppen.benefits.BenefitsStatus;
import no.ks.ledergaloppen.cohort.CohortRoster;
import no.ks.ledergaloppen.cohort.CohortService;
import no.ks.ledergaloppen.cohort.MunicipalityInfo;
import no.ks.ledergaloppen.gathering.CohortCalendar;
import no.ks.ledergaloppen.gathering.GatheringDate;
import no.ks.ledergaloppen.gathering.GatheringService;
import no.ks.ledergaloppen.gathering.HomeVisitBrief;
import no.ks.ledergaloppen.innovationcase.CaseProgress;
import no.ks.ledergaloppen.innovationcase.CaseProgressService;
import no.ks.ledergaloppen.innovationcase.MunicipalityCase;
import no.ks.ledergaloppen.roadmap.Phase;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The facilitators' view of a cohort, read-only, built from the other features' public services in one
 * transaction and a fixed number of statements (each of them reads the whole cohort at once). For the
 * cohort's facilitators and administrators; those services refuse everyone else as well.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('ADMIN','FACILITATOR')")
public class DashboardService {

    /** Cases still in one of these after the cohort's second gathering are flagged. */
    static final Set<Phase> EARLY = EnumSet.of(Phase.ANCHORING, Phase.INSIGHT);
    static final int LATE_GATHERING = 2;

    private final CohortService cohorts;
    private final CaseProgressService cases;
    private final AssessmentService assessments;
    private final AssignmentProgressService assignments;
    private final GatheringService gatherings;
    private final BenefitsService benefits;
    private final Clock clock;

    DashboardService(CohortService cohorts, CaseProgressService cases, AssessmentService assessments,
                     AssignmentProgressService assignments, GatheringService gatherings,
                     BenefitsService benefits, Clock clock) {
        this.cohorts = cohorts;
        this.cases = cases;
        this.assessments = assessments;
        this.assignments = assignments;
        this.gatherings = gatherings;
        this.benefits = benefits;
        this.clock = clock;
    }

    /**
     * The cohort's dashboard. Each municipality is seen by one case (see {@link MunicipalityCase}): its row, the
     * phase chart and the flags concern that case, except overdue assignments, which are the municipality's.
     */
    public CohortDashboard dashboard(long cohortId) {
        CohortRoster roster = cohorts.roster(cohortId);
        Map<Long, MunicipalityCase> caseOf = cases.byMunicipality(cohortId);
        Map<Long, Assessment> latest = assessments.latestInCohort(cohortId);
        Map<Long, MunicipalityAssignments> work = assignments.byMunicipality(cohortId,
                roster.municipalities().stream().map(MunicipalityInfo::id).toList());
        // gatherings and home visits in one statement, so that the benefits' status fits in the fixed count
        CohortCalendar calendar = gatherings.calendar(cohortId);
        Map<Long, HomeVisitBrief> visitOf = calendar.homeVisits();
        Map<Long, BenefitsStatus> benefitsOf = benefits.statusInCohort(cohortId);
        List<GatheringDate> dates = calendar.gatherings();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        boolean late = dates.stream().anyMatch(g -> g.number() == LATE_GATHERING && g.date().isBefore(today));
        // once the programme has ended, a quiet case or an early phase is history, not something to act on
        Moment at = new Moment(now, today, roster.stallDays(), late, roster.endDate().isBefore(today));
        List<DashboardRow> rows = new ArrayList<>();
        for (MunicipalityInfo m : roster.municipalities()) {
            DashboardRow row = row(m, caseOf.get(m.id()), latest, work.get(m.id()), visitOf.get(m.id()), at);
            rows.add(row.caseId() != null && benefitsOf.containsKey(row.caseId())
                    && benefitsOf.get(row.caseId()).anyBehind() ? row.flagged(Flag.BENEFIT_BEHIND) : row);
        }
        List<CaseProgress> counted = roster.municipalities().stream().map(m -> caseOf.get(m.id()))
                .filter(Objects::nonNull).map(MunicipalityCase::shown).toList();
        return new CohortDashboard(roster, today, rows, progress(counted, dates, now, today));
    }

    /** How many municipalities carry each flag, for the facilitator's home page. */
    public Map<Flag, Integer> flagCounts(long cohortId) {
        return dashboard(cohortId).flagCounts();
    }

    /** When the dashboard is read, and what the cohort's calendar and settings say about that moment. */
    private record Moment(Instant now, LocalDate today, int stallDays, boolean late, boolean ended) {
    }

    private DashboardRow row(MunicipalityInfo m, MunicipalityCase chosen, Map<Long, Assessment> latest,
                             MunicipalityAssignments work, HomeVisitBrief visit, Moment at) {
        MunicipalityAssignments assigned = work != null ? work : new MunicipalityAssignments(m.id(), 0, 0, 0, 0, null);
        CaseProgress c = chosen == null ? null : chosen.shown();
        Assessment assessment = c == null ? null : latest.get(c.caseId());
        Instant last = latestOf(c == null ? null : c.lastActivity(), assigned.lastAnswerSaved());
        Set<Flag> flags = flags(c, assessment, assigned, last, at);
        if (c == null) {
            return new DashboardRow(m.id(), m.name(), null, null, null, false, 0, Set.of(), 0, 0, null, assigned, visit,
                    last, flags);
        }
        Set<Phase> visited = EnumSet.noneOf(Phase.class);
        c.moves().forEach(mv -> visited.add(mv.to()));
        long days = ChronoUnit.DAYS.between(LocalDate.ofInstant(c.phaseSince(), clock.getZone()), at.today());
        return new DashboardRow(m.id(), m.name(), c.caseId(), c.title(), c.phase(), c.finished(), chosen.moreOpen(),
                visited, days, c.movesBack(), assessment, assigned, visit, last, flags);
    }

    /** The flags of the row's case {@code c} (may be null), and the municipality's overdue assignments. */
    private static Set<Flag> flags(CaseProgress c, Assessment assessment, MunicipalityAssignments assigned,
                                   Instant last, Moment at) {
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        // a finished case is quiet because it is done
        boolean finished = c != null && c.finished();
        if (!at.ended() && !finished && (last == null || Duration.between(last, at.now()).toDays() >= at.stallDays())) {
            flags.add(Flag.STALLED);
        }
        if (assessment != null && !assessment.zeros().isEmpty()) {
            flags.add(Flag.ZERO_FOUNDATION);
        }
        if (assigned.overdue() > 0) {
            flags.add(Flag.OVERDUE);
        }
        if (c != null && at.late() && !at.ended() && EARLY.contains(c.phase())) {
            flags.add(Flag.EARLY_PHASE);
        }
        return flags;
    }

    /** One snapshot per gathering held so far (the phase at the end of its day), and one for now. */
    private List<PhaseSnapshot> progress(List<CaseProgress> cases, List<GatheringDate> dates, Instant now,
                                         LocalDate today) {
        List<PhaseSnapshot> snapshots = new ArrayList<>();
        for (GatheringDate g : dates) {
            if (g.date().isBefore(today)) {
                Instant endOfDay = g.date().plusDays(1).atStartOfDay(clock.getZone()).toInstant().minusNanos(1);
                snapshots.add(new PhaseSnapshot(g.number(), g.date(), count(cases, endOfDay)));
            }
        }
        snapshots.add(new PhaseSnapshot(null, today, count(cases, now)));
        return snapshots;
    }

    private static Map<Phase, Integer> count(List<CaseProgress> cases, Instant moment) {
        Map<Phase, Integer> counts = new EnumMap<>(Phase.class);
        for (Phase p : Phase.values()) {
            counts.put(p, 0);
        }
        cases.stream().map(c -> c.phaseAt(moment)).filter(Objects::nonNull).forEach(p -> counts.merge(p, 1, Integer::sum));
        return counts;
    }

    private static Instant latestOf(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }
}
