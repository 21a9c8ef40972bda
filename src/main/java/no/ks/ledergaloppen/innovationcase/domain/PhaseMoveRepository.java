package no.ks.ledergaloppen.innovationcase.domain;

import java.util.List;
import java.time.Instant;
import no.ks.ledergaloppen.roadmap.Phase;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PhaseMoveRepository extends JpaRepository<PhaseMove, Long> {

    List<PhaseMove> findByCaseIdOrderByMovedAtDescIdDesc(long caseId);

    /**
     * Every move of every active (not archived) case in a cohort, with the case's state (its place in the
     * leader group's order and when it was finished included) and latest audit moment, in one statement. The latest moment is a correlated subquery, an index seek on
     * case_audit (case_id, happened_at) per row; a grouped derived table was re-run by H2 for every row.
     */
    @Query("""
            select c.id as caseId, c.municipalityId as municipalityId, c.title as title, c.phase as phase,
                   c.phaseSince as phaseSince, c.priority as priority, c.finishedAt as finishedAt,
                   (select max(a.happenedAt) from CaseAudit a where a.caseId = c.id) as lastActivity,
                   m.fromPhase as fromPhase, m.toPhase as toPhase, m.movedAt as movedAt, m.reason as reason
            from InnovationCase c join PhaseMove m on m.caseId = c.id
            where c.cohortId = :cohortId and c.archived = false
            order by c.id, m.movedAt, m.id""")
    List<CohortMove> cohortHistory(long cohortId);

    interface CohortMove {
        long getCaseId();

        long getMunicipalityId();

        String getTitle();

        Phase getPhase();

        Instant getPhaseSince();

        int getPriority();

        Instant getFinishedAt();

        Instant getLastActivity();

        Phase getFromPhase();

        Phase getToPhase();

        Instant getMovedAt();

        String getReason();
    }
}
