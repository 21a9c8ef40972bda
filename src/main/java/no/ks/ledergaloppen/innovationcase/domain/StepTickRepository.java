package no.ks.ledergaloppen.innovationcase.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StepTickRepository extends JpaRepository<StepTick, Long> {

    List<StepTick> findByCaseId(long caseId);

    Optional<StepTick> findByCaseIdAndStepId(long caseId, long stepId);
}
