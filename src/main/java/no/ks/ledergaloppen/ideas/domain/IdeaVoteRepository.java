package no.ks.ledergaloppen.ideas.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface IdeaVoteRepository extends JpaRepository<IdeaVote, Long> {

    Optional<IdeaVote> findByIdeaIdAndUserId(long ideaId, long userId);

    long countByIdeaId(long ideaId);

    List<IdeaVote> findByIdeaIdInAndUserId(Collection<Long> ideaIds, long userId);

    /** Rows of (idea id, number of votes) for the given ideas that have any. */
    @Query("select v.ideaId, count(v) from IdeaVote v where v.ideaId in :ideaIds group by v.ideaId")
    List<Object[]> countsFor(Collection<Long> ideaIds);
}
