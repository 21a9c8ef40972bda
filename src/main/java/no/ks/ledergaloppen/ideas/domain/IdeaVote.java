package no.ks.ledergaloppen.ideas.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import no.ks.ledergaloppen.base.AbstractEntity;

/** One person's support for an idea; the database holds one per person and idea. */
@Entity
@Table(name = "idea_vote")
public class IdeaVote extends AbstractEntity {

    @Column(name = "idea_id", nullable = false)
    private long ideaId;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "voted_at", nullable = false)
    private Instant votedAt;

    protected IdeaVote() {
    }

    public IdeaVote(long ideaId, long userId, Instant votedAt) {
        this.ideaId = ideaId;
        this.userId = userId;
        this.votedAt = votedAt;
    }

    public long getIdeaId() {
        return ideaId;
    }

    public long getUserId() {
        return userId;
    }

    public Instant getVotedAt() {
        return votedAt;
    }
}
