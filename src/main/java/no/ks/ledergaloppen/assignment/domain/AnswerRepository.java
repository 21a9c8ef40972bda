package no.ks.ledergaloppen.assignment.domain;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AnswerRepository extends JpaRepository<Answer, Long> {

    Optional<Answer> findByAssignmentIdAndOwnerKey(long assignmentId, String ownerKey);

    List<Answer> findByAssignmentId(long assignmentId);

    List<Answer> findByAssignmentIdIn(Collection<Long> assignmentIds);

    /** Locks the answer's row until the transaction ends ({@code select ... for update}). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Answer a where a.id = :id")
    Optional<Answer> lockById(@Param("id") long id);
}
