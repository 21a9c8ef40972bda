package no.ks.ledergaloppen.innovationcase.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseAuditRepository extends JpaRepository<CaseAudit, Long> {

    List<CaseAudit> findByCaseIdOrderByHappenedAtDescIdDesc(long caseId);

    long countByCaseIdAndAction(long caseId, String action);
}
