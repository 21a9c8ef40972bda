package no.ks.ledergaloppen.innovationcase.domain;

import java.util.List;
import org.springframework.data.repository.Repository;

/** Append-only: audit rows are saved and read, never updated or deleted (the database refuses that too). */
public interface CaseAuditRepository extends Repository<CaseAudit, Long> {

    CaseAudit save(CaseAudit audit);

    List<CaseAudit> findByCaseIdOrderByHappenedAtDescIdDesc(long caseId);

    long countByCaseIdAndAction(long caseId, String action);
}
