package no.ks.ledergaloppen.innovationcase.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PhaseMoveRepository extends JpaRepository<PhaseMove, Long> {

    List<PhaseMove> findByCaseIdOrderByMovedAtDescIdDesc(long caseId);
}
