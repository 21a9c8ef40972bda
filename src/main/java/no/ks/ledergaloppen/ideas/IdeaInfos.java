package no.ks.ledergaloppen.ideas;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.ks.ledergaloppen.ideas.domain.Idea;
import no.ks.ledergaloppen.ideas.domain.IdeaComment;
import no.ks.ledergaloppen.ideas.domain.IdeaCommentRepository;
import no.ks.ledergaloppen.ideas.domain.IdeaVote;
import no.ks.ledergaloppen.ideas.domain.IdeaVoteRepository;
import no.ks.ledergaloppen.innovationcase.CaseSummary;
import no.ks.ledergaloppen.security.CurrentUser;
import no.ks.ledergaloppen.security.UserService;
import org.springframework.stereotype.Component;

/**
 * Turns ideas into what the idea bank shows, for a whole page at once: one statement each for the votes,
 * the viewer's own votes, the comment counts and the names.
 */
@Component
class IdeaInfos {

    private final IdeaVoteRepository votes;
    private final IdeaCommentRepository comments;
    private final CurrentUser currentUser;
    private final UserService users;

    IdeaInfos(IdeaVoteRepository votes, IdeaCommentRepository comments, CurrentUser currentUser, UserService users) {
        this.votes = votes;
        this.comments = comments;
        this.currentUser = currentUser;
        this.users = users;
    }

    /** The ideas in the order given; {@code caseOf} holds the case of every idea (as the viewer sees it). */
    List<IdeaInfo> of(List<Idea> ideas, Map<Long, CaseSummary> caseOf) {
        if (ideas.isEmpty()) {
            return List.of();
        }
        List<Long> ids = ideas.stream().map(Idea::getId).toList();
        Map<Long, Long> voteCounts = counts(votes.countsFor(ids));
        Map<Long, Long> commentCounts = counts(comments.countsFor(ids));
        Set<Long> mine = votes.findByIdeaIdInAndUserId(ids, currentUser.id()).stream().map(IdeaVote::getIdeaId)
                .collect(Collectors.toSet());
        Map<Long, String> names = users.displayNames(ideas.stream().map(Idea::getPostedBy).distinct().toList());
        return ideas.stream().map(i -> {
            CaseSummary c = caseOf.get(i.getCaseId());
            return new IdeaInfo(i.getId(), i.getVersion(), i.getCaseId(), c.title(), c.municipalityName(), i.getTitle(),
                    i.getImproves(), i.getHelps(), names.getOrDefault(i.getPostedBy(), ""), i.getPostedAt(),
                    i.getState(), i.getReason(), i.getNewCaseId(), voteCounts.getOrDefault(i.getId(), 0L),
                    mine.contains(i.getId()), commentCounts.getOrDefault(i.getId(), 0L), c.own());
        }).toList();
    }

    IdeaDetails details(Idea idea, CaseSummary caseOf) {
        IdeaInfo info = of(List.of(idea), Map.of(idea.getCaseId(), caseOf)).getFirst();
        List<IdeaComment> list = comments.findByIdeaIdOrderByCreatedAtAscIdAsc(idea.getId());
        Map<Long, String> names = users.displayNames(list.stream().map(IdeaComment::getAuthorId).distinct().toList());
        return new IdeaDetails(info, list.stream().map(c -> new IdeaDetails.Comment(c.getId(), c.getText(),
                names.getOrDefault(c.getAuthorId(), ""), c.getCreatedAt())).toList());
    }

    private static Map<Long, Long> counts(Collection<Object[]> rows) {
        return rows.stream().collect(Collectors.toMap(r -> (Long) r[0], r -> ((Number) r[1]).longValue()));
    }
}
