package no.ks.ledergaloppen.assessment.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface FoundationAssessmentRepository extends JpaRepository<FoundationAssessment, Long> {

    List<FoundationAssessment> findByCaseIdOrderByAssessedOnAscIdAsc(long caseId);

    List<FoundationAssessment> findByCaseIdInOrderByAssessedOnAscIdAsc(java.util.Collection<Long> caseIds);

    /**
     * Every assessment of the cases of one cohort, in one statement. The cohort is looked up through the
     * assessed case's table, which an assessment references by id.
     */
    @Query(value = """
            select a.* from foundation_assessment a join innovation_case c on c.id = a.case_id
            where c.cohort_id = :cohortId
            order by a.case_id, a.assessed_on, a.id""", nativeQuery = true)
    List<FoundationAssessment> inCohort(long cohortId);
}
