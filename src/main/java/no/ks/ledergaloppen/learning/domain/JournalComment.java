package no.ks.ledergaloppen.learning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import no.ks.ledergaloppen.base.AbstractEntity;

@Entity
@Table(name = "journal_comment")
public class JournalComment extends AbstractEntity {

    public static final int TEXT_MAX = 2000;

    @Column(name = "entry_id", nullable = false)
    private long entryId;

    @Column(name = "body", nullable = false, length = TEXT_MAX)
    private String text;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected JournalComment() {
    }

    public JournalComment(long entryId, String text, long authorId, Instant createdAt) {
        this.entryId = entryId;
        this.text = text;
        this.authorId = authorId;
        this.createdAt = createdAt;
    }

    public long getEntryId() {
        return entryId;
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
