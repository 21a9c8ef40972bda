package no.ks.ledergaloppen.cohort.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface EnrolmentRepository extends JpaRepository<Enrolment, Long> {

    List<Enrolment> findByCohortId(long cohortId);

    Optional<Enrolment> findByCohortIdAndMunicipalityId(long cohortId, long municipalityId);

    boolean existsByCohortIdAndMunicipalityId(long cohortId, long municipalityId);

    long countByCohortId(long cohortId);

    /** How many municipalities each of these cohorts has (cohort id, count), in one statement. */
    @Query("select e.cohortId, count(e) from Enrolment e where e.cohortId in :cohortIds group by e.cohortId")
    List<Object[]> countByCohort(@org.springframework.data.repository.query.Param("cohortIds")
                                 java.util.Collection<Long> cohortIds);

    /** The municipalities enrolled in a cohort, by name, in one statement. */
    @Query("select m from Municipality m where m.id in (select e.municipalityId from Enrolment e where e.cohortId = :cohortId) order by m.name")
    List<Municipality> enrolledMunicipalities(long cohortId);
}
