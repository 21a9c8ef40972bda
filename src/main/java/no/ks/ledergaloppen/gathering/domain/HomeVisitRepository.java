package no.ks.ledergaloppen.gathering.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface HomeVisitRepository extends JpaRepository<HomeVisit, Long> {

    List<HomeVisit> findByCohortId(long cohortId);

    Optional<HomeVisit> findByCohortIdAndMunicipalityId(long cohortId, long municipalityId);
}
