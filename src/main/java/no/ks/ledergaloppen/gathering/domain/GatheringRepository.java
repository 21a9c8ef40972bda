package no.ks.ledergaloppen.gathering.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GatheringRepository extends JpaRepository<Gathering, Long> {

    List<Gathering> findByCohortIdOrderByDateAscNumberAsc(long cohortId);

    List<Gathering> findByCohortIdInOrderByDateAscNumberAsc(Collection<Long> cohortIds);

    boolean existsByCohortIdAndNumberAndIdNot(long cohortId, int number, long id);
}
