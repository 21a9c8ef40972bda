package no.ks.ledergaloppen.ideas.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import no.ks.ledergaloppen.base.AbstractEntity;

@Entity
@Table(name = "idea_comment")
public class IdeaComment extends AbstractEntity {

    public static final int TEXT_MAX = 2000;

    @Column(name = "idea_id", nullable = false)
    private long ideaId;

    @Column(name = "body", nullable = false, length = TEXT_MAX)
    private String text;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected IdeaComment() {
    }

    public IdeaComment(long ideaId, String text, long authorId, Instant createdAt) {
        this.ideaId = ideaId;
        this.text = text;
        this.authorId = authorId;
        this.createdAt = createdAt;
    }

    public long getIdeaId() {
        return ideaId;
    }

    public String getText() {
        return text;
    }

    public long getAuthorId() {
        return authorId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
