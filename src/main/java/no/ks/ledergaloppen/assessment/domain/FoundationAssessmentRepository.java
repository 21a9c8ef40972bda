package no.ks.ledergaloppen.assessment.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FoundationAssessmentRepository extends JpaRepository<FoundationAssessment, Long> {

    List<FoundationAssessment> findByCaseIdOrderByAssessedOnAscIdAsc(long caseId);
}
