package no.ks.ledergaloppen.innovationcase.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface StepTickRepository extends JpaRepository<StepTick, Long> {

    List<StepTick> findByCaseId(long caseId);

    Optional<StepTick> findByCaseIdAndStepId(long caseId, long stepId);

    /** How many ticks it took away: 0 when another user was quicker (no error for the second one). */
    @Modifying
    @Query("delete from StepTick t where t.caseId = :caseId and t.stepId = :stepId")
    int deleteTick(@Param("caseId") long caseId, @Param("stepId") long stepId);
}
