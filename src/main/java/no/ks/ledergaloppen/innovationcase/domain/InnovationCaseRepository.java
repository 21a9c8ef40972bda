package no.ks.ledergaloppen.innovationcase.domain;

import java.util.Collection;
import java.util.List;
import no.ks.ledergaloppen.innovationcase.Visibility;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface InnovationCaseRepository extends JpaRepository<InnovationCase, Long>,
        JpaSpecificationExecutor<InnovationCase> {

    List<InnovationCase> findByCohortIdIn(Collection<Long> cohortIds);

    List<InnovationCase> findByCohortIdAndMunicipalityId(long cohortId, long municipalityId);

    boolean existsByCohortIdAndMunicipalityId(long cohortId, long municipalityId);

    @Query("select c from InnovationCase c where c.cohortId = :cohortId and c.visibility = :visibility")
    List<InnovationCase> findShared(long cohortId, Visibility visibility);

    /** A municipality's active cases in a cohort, in the leader group's order. */
    List<InnovationCase> findByCohortIdAndMunicipalityIdAndArchivedFalseOrderByPriorityAscIdAsc(long cohortId,
                                                                                                 long municipalityId);

    @Query("select coalesce(max(c.priority), 0) from InnovationCase c"
            + " where c.cohortId = :cohortId and c.municipalityId = :municipalityId")
    int maxPriority(long cohortId, long municipalityId);

    /**
     * Sets a case's place in its leader group's order without touching its version: reordering is not an edit
     * of the case, and must not make someone's open description look changed meanwhile.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update InnovationCase c set c.priority = :priority where c.id = :caseId")
    void setPriority(long caseId, int priority);
}
