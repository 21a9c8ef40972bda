package no.ks.ledergaloppen.innovationcase.domain;

import java.util.List;
import java.time.Instant;
import no.ks.ledergaloppen.roadmap.Phase;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PhaseMoveRepository extends JpaRepository<PhaseMove, Long> {

    List<PhaseMove> findByCaseIdOrderByMovedAtDescIdDesc(long caseId);

    /**
     * Every move of every active (not archived) case in a cohort, with the case's state and latest audit
     * moment, in one statement.
     */
    @Query("""
            select c.id as caseId, c.municipalityId as municipalityId, c.title as title, c.phase as phase,
                   c.phaseSince as phaseSince, la.last as lastActivity,
                   m.fromPhase as fromPhase, m.toPhase as toPhase, m.movedAt as movedAt, m.reason as reason
            from InnovationCase c join PhaseMove m on m.caseId = c.id
                 left join (select a.caseId as caseId, max(a.happenedAt) as last
                            from InnovationCase k join CaseAudit a on a.caseId = k.id
                            where k.cohortId = :cohortId
                            group by a.caseId) la on la.caseId = c.id
            where c.cohortId = :cohortId and c.archived = false
            order by c.id, m.movedAt, m.id""")
    List<CohortMove> cohortHistory(long cohortId);

    interface CohortMove {
        long getCaseId();

        long getMunicipalityId();

        String getTitle();

        Phase getPhase();

        Instant getPhaseSince();

        Instant getLastActivity();

        Phase getFromPhase();

        Phase getToPhase();

        Instant getMovedAt();

        String getReason();
    }
}
