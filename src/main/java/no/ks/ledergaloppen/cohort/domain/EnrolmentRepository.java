package no.ks.ledergaloppen.cohort.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EnrolmentRepository extends JpaRepository<Enrolment, Long> {

    List<Enrolment> findByCohortId(long cohortId);

    Optional<Enrolment> findByCohortIdAndMunicipalityId(long cohortId, long municipalityId);

    boolean existsByCohortIdAndMunicipalityId(long cohortId, long municipalityId);

    long countByCohortId(long cohortId);
}
