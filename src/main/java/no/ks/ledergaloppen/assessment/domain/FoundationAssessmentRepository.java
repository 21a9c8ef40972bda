package no.ks.ledergaloppen.assessment.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface FoundationAssessmentRepository extends JpaRepository<FoundationAssessment, Long> {

    List<FoundationAssessment> findByCaseIdOrderByAssessedOnAscIdAsc(long caseId);

    /**
     * Every assessment of the cases of one cohort, in one statement. The cohort is looked up through the
     * assessed case's table, which an assessment references by id.
     */
    @Query(value = """
            select * from foundation_assessment
            where case_id in (select id from innovation_case where cohort_id = :cohortId)
            order by case_id, assessed_on, id""", nativeQuery = true)
    List<FoundationAssessment> inCohort(long cohortId);
}
