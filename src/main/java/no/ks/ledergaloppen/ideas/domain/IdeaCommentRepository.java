package no.ks.ledergaloppen.ideas.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface IdeaCommentRepository extends JpaRepository<IdeaComment, Long> {

    List<IdeaComment> findByIdeaIdOrderByCreatedAtAscIdAsc(long ideaId);

    /** Rows of (idea id, number of comments) for the given ideas that have any. */
    @Query("select c.ideaId, count(c) from IdeaComment c where c.ideaId in :ideaIds group by c.ideaId")
    List<Object[]> countsFor(Collection<Long> ideaIds);
}
