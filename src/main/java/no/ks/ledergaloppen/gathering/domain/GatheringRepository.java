package no.ks.ledergaloppen.gathering.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface GatheringRepository extends JpaRepository<Gathering, Long> {

    List<Gathering> findByCohortIdOrderByDateAscNumberAsc(long cohortId);

    List<Gathering> findByCohortIdInOrderByDateAscNumberAsc(Collection<Long> cohortIds);

    boolean existsByCohortIdAndNumberAndIdNot(long cohortId, int number, long id);

    @Query("select g.id as id, g.number as number from Gathering g where g.cohortId = :cohortId")
    List<NumberOf> findNumbersByCohortId(@Param("cohortId") long cohortId);

    interface NumberOf {
        Long getId();

        int getNumber();
    }
}
