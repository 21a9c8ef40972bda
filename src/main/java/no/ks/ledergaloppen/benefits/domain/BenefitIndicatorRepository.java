package no.ks.ledergaloppen.benefits.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface BenefitIndicatorRepository extends JpaRepository<BenefitIndicator, Long> {

    List<BenefitIndicator> findByCaseIdOrderByIdAsc(long caseId);

    long countByCaseIdAndActiveTrue(long caseId);

    String LATEST = """
            select i.case_id, i.direction, i.baseline_value, i.baseline_date, i.target_value, i.target_date,
                   m.measured_on, m.measured_value, i.id, i.name, i.unit
            from benefit_indicator i
            left join benefit_measurement m on m.indicator_id = i.id
                 and m.measured_on = (select max(m2.measured_on) from benefit_measurement m2
                                      where m2.indicator_id = i.id)
            """;

    /**
     * Each active indicator of the cases with its plan and latest measurement (null columns before the first), in
     * one statement: the latest is a correlated max per indicator (an index seek on its unique date).
     */
    @Query(value = LATEST + " where i.active = true and i.case_id in (:caseIds)", nativeQuery = true)
    List<Object[]> latestOfCases(Collection<Long> caseIds);

    /** The same for every case of a cohort, found through the case's table (which an indicator references by id). */
    @Query(value = LATEST + " join innovation_case c on c.id = i.case_id where i.active = true and c.cohort_id = :cohortId",
            nativeQuery = true)
    List<Object[]> latestInCohort(long cohortId);
}
