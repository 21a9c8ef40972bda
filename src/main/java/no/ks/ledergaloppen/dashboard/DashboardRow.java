package no.ks.ledergaloppen.dashboard;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import no.ks.ledergaloppen.assessment.Assessment;
import no.ks.ledergaloppen.assessment.Foundation;
import no.ks.ledergaloppen.assignment.MunicipalityAssignments;
import no.ks.ledergaloppen.gathering.HomeVisitBrief;
import no.ks.ledergaloppen.roadmap.Phase;

/**
 * One municipality on the cohort dashboard, seen by one case: its first open case in the leader group's order,
 * or the one finished last when all are finished ({@code finished}); {@code moreCases} counts its other open
 * cases. {@code caseId} and {@code phase} are null for a municipality without a case; {@code latest} is null
 * before the first assessment, {@code homeVisit} when none is planned.
 */
public record DashboardRow(long municipalityId, String municipality, Long caseId, String caseTitle, Phase phase,
                           boolean finished, int moreCases, Set<Phase> visited, long daysInPhase, int movesBack, Assessment latest,
                           MunicipalityAssignments assignments, HomeVisitBrief homeVisit, Instant lastActivity,
                           Set<Flag> flags) {

    public Integer product() {
        return latest == null ? null : latest.product();
    }

    public List<Foundation> zeros() {
        return latest == null ? List.of() : latest.zeros();
    }

    public boolean has(Flag flag) {
        return flags.contains(flag);
    }

    /** The same row with one flag more. */
    DashboardRow flagged(Flag flag) {
        java.util.Set<Flag> more = java.util.EnumSet.of(flag);
        more.addAll(flags);
        return new DashboardRow(municipalityId, municipality, caseId, caseTitle, phase, finished, moreCases, visited, daysInPhase, movesBack,
                latest, assignments, homeVisit, lastActivity, more);
    }
}
