package no.ks.ledergaloppen.assignment.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AnswerRepository extends JpaRepository<Answer, Long> {

    Optional<Answer> findByAssignmentIdAndOwnerKey(long assignmentId, String ownerKey);

    List<Answer> findByAssignmentId(long assignmentId);

    List<Answer> findByAssignmentIdIn(Collection<Long> assignmentIds);
}
