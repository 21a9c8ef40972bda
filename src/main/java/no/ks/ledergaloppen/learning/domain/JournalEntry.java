package no.ks.ledergaloppen.learning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import no.ks.ledergaloppen.base.AbstractEntity;

@Entity
@Table(name = "journal_entry")
public class JournalEntry extends AbstractEntity {

    public static final int TEXT_MAX = 4000;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "entry_date", nullable = false)
    private LocalDate date;

    @Column(name = "body", nullable = false, length = TEXT_MAX)
    private String text;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "in_report", nullable = false)
    private boolean inReport;

    protected JournalEntry() {
    }

    public JournalEntry(long caseId, LocalDate date, String text, long authorId, Instant createdAt) {
        this.caseId = caseId;
        this.date = date;
        this.text = text;
        this.authorId = authorId;
        this.createdAt = createdAt;
    }

    public long getCaseId() {
        return caseId;
    }

    public LocalDate getDate() {
        return date;
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

    public boolean isInReport() {
        return inReport;
    }

    /** Marks the entry for the case report ("ta med i rapporten"), or takes it out again. */
    public void includeInReport(boolean include) {
        this.inReport = include;
    }
}
