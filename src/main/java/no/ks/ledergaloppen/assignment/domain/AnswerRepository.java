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

    /** The answers of these owners (a participant's own and their group's) to these assignments, in one statement. */
    List<Answer> findByAssignmentIdInAndOwnerKeyIn(Collection<Long> assignmentIds, Collection<String> ownerKeys);

    /** How many answers each assignment has in these states (assignment id, count), in one statement. */
    @Query("select a.assignmentId, count(a) from Answer a where a.assignmentId in :assignmentIds"
            + " and a.status in :statuses group by a.assignmentId")
    List<Object[]> countByAssignment(@Param("assignmentIds") Collection<Long> assignmentIds,
                                     @Param("statuses") Collection<no.ks.ledergaloppen.assignment.AnswerStatus> statuses);

    /** Locks the answer's row until the transaction ends ({@code select ... for update}). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Answer a where a.id = :id")
    Optional<Answer> lockById(@Param("id") long id);
}
