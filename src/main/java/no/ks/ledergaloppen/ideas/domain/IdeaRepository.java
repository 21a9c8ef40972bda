package no.ks.ledergaloppen.ideas.domain;

import java.util.Collection;
import java.util.Optional;
import no.ks.ledergaloppen.ideas.IdeaState;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface IdeaRepository extends JpaRepository<Idea, Long> {

    /** The ideas hanging on the given cases in the given states, newest first. */
    Page<Idea> findByCaseIdInAndStateInOrderByPostedAtDescIdDesc(Collection<Long> caseIds,
                                                                 Collection<IdeaState> states, Pageable pageable);

    /** The same ideas' ids, the most supported first (then the newest). */
    @Query(value = """
            select i.id from Idea i left join IdeaVote v on v.ideaId = i.id
            where i.caseId in :caseIds and i.state in :states
            group by i.id, i.postedAt
            order by count(v.id) desc, i.postedAt desc, i.id desc""",
            countQuery = "select count(i) from Idea i where i.caseId in :caseIds and i.state in :states")
    Page<Long> mostSupported(Collection<Long> caseIds, Collection<IdeaState> states, Pageable pageable);

    Optional<Idea> findFirstByNewCaseId(long newCaseId);
}
