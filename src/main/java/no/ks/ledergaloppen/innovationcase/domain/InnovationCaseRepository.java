package no.ks.ledergaloppen.innovationcase.domain;

import java.util.Collection;
import java.util.List;
import no.ks.ledergaloppen.innovationcase.Visibility;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface InnovationCaseRepository extends JpaRepository<InnovationCase, Long> {

    List<InnovationCase> findByCohortIdIn(Collection<Long> cohortIds);

    List<InnovationCase> findByCohortIdAndMunicipalityId(long cohortId, long municipalityId);

    boolean existsByCohortIdAndMunicipalityId(long cohortId, long municipalityId);

    @Query("select c from InnovationCase c where c.cohortId = :cohortId and c.visibility = :visibility")
    List<InnovationCase> findShared(long cohortId, Visibility visibility);
}
