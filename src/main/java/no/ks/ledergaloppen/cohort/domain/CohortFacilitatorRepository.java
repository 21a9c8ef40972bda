package no.ks.ledergaloppen.cohort.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CohortFacilitatorRepository extends JpaRepository<CohortFacilitator, Long> {

    List<CohortFacilitator> findByCohortId(long cohortId);

    List<CohortFacilitator> findByUserId(long userId);

    boolean existsByCohortIdAndUserId(long cohortId, long userId);

    Optional<CohortFacilitator> findByCohortIdAndUserId(long cohortId, long userId);
}
