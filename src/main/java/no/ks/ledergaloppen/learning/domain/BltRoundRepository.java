package no.ks.ledergaloppen.learning.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface BltRoundRepository extends JpaRepository<BltRound, Long> {

    List<BltRound> findByCaseIdOrderByNumberDesc(long caseId);

    @Query("select coalesce(max(r.number), 0) from BltRound r where r.caseId = :caseId")
    int lastNumber(long caseId);
}
