package no.ks.ledergaloppen.assignment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import no.ks.ledergaloppen.assignment.AnswerStatus;
import no.ks.ledergaloppen.base.AbstractEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One verdict on an answer (returned or approved) with the facilitator's feedback, if any. Kept for good:
 * an answer handed in again gets a new verdict, and the earlier ones are its history. The municipality
 * reads a verdict's feedback only once it is released.
 */
@Entity
@Table(name = "answer_feedback")
public class AnswerFeedback extends AbstractEntity {

    public static final int FEEDBACK_MAX = 4000;

    @Column(name = "answer_id", nullable = false)
    private long answerId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "verdict", nullable = false, length = 20)
    private AnswerStatus verdict;

    @Column(name = "feedback", length = FEEDBACK_MAX)
    private String feedback;

    @Column(name = "given_by", nullable = false)
    private long givenBy;

    @Column(name = "given_at", nullable = false)
    private Instant givenAt;

    @Column(name = "released", nullable = false)
    private boolean released;

    @Column(name = "released_at")
    private Instant releasedAt;

    protected AnswerFeedback() {
    }

    /** A verdict; feedback without text has nothing to release, so it is never marked released. */
    public AnswerFeedback(long answerId, AnswerStatus verdict, String feedback, boolean release, long givenBy,
                          Instant givenAt) {
        this.answerId = answerId;
        this.verdict = verdict;
        this.feedback = feedback;
        this.givenBy = givenBy;
        this.givenAt = givenAt;
        if (release) {
            release(givenAt);
        }
    }

    /** Lets the municipality (or participant) read the feedback; true if it was hidden until now. */
    public boolean release(Instant at) {
        if (released || feedback == null) {
            return false;
        }
        this.released = true;
        this.releasedAt = at;
        return true;
    }

    public long getAnswerId() {
        return answerId;
    }

    public AnswerStatus getVerdict() {
        return verdict;
    }

    public String getFeedback() {
        return feedback;
    }

    public long getGivenBy() {
        return givenBy;
    }

    public Instant getGivenAt() {
        return givenAt;
    }

    public boolean isReleased() {
        return released;
    }

    public Instant getReleasedAt() {
        return releasedAt;
    }
}
