package no.ks.ledergaloppen.assignment.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AnswerFeedbackRepository extends JpaRepository<AnswerFeedback, Long> {

    /** An answer's verdicts, oldest first. */
    List<AnswerFeedback> findByAnswerIdOrderByGivenAtAscIdAsc(long answerId);

    /** The verdicts on every answer to the given assignments, oldest first, in one statement. */
    @Query("select f from AnswerFeedback f where f.answerId in "
            + "(select a.id from Answer a where a.assignmentId in :assignmentIds) order by f.givenAt, f.id")
    List<AnswerFeedback> findByAssignmentIds(@Param("assignmentIds") Collection<Long> assignmentIds);
}
