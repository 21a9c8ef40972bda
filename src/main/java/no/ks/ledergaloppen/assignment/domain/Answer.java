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
 * A municipality's answer to an assignment (group mode), or one participant's (individual mode). The
 * status changes only through the methods here, which refuse what the process does not allow.
 */
@Entity
@Table(name = "answer")
public class Answer extends AbstractEntity {

    public static final int BODY_MAX = 20000;

    @Column(name = "assignment_id", nullable = false)
    private long assignmentId;

    @Column(name = "municipality_id", nullable = false)
    private long municipalityId;

    @Column(name = "participant_id")
    private Long participantId;

    @Column(name = "owner_key", nullable = false, length = 40)
    private String ownerKey;

    @Column(name = "body", length = BODY_MAX)
    private String body;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "status", nullable = false, length = 20)
    private AnswerStatus status;

    @Column(name = "updated_by", nullable = false)
    private long updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "submitted_by")
    private Long submittedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    protected Answer() {
    }

    public Answer(long assignmentId, long municipalityId, Long participantId) {
        this.assignmentId = assignmentId;
        this.municipalityId = municipalityId;
        this.participantId = participantId;
        this.ownerKey = ownerKey(municipalityId, participantId);
        this.status = AnswerStatus.DRAFT;
    }

    public static String ownerKey(long municipalityId, Long participantId) {
        return participantId == null ? "M" + municipalityId : "U" + participantId;
    }

    /** Writes the draft; only an editable answer may be written. */
    public void write(String body, long by, Instant at) {
        if (!status.editable()) {
            throw new IllegalStateException("answer " + getId() + " is " + status);
        }
        this.body = body;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public void submit(long by, Instant at) {
        if (!status.editable()) {
            throw new IllegalStateException("answer " + getId() + " is " + status);
        }
        this.status = AnswerStatus.SUBMITTED;
        this.submittedBy = by;
        this.submittedAt = at;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /**
     * A facilitator's verdict on a submitted answer: returned for revision, or approved. The feedback that
     * goes with it is kept apart ({@link AnswerFeedback}), one per verdict.
     */
    public void assess(AnswerStatus verdict, long by, Instant at) {
        if (status != AnswerStatus.SUBMITTED) {
            throw new IllegalStateException("answer " + getId() + " is " + status);
        }
        if (verdict != AnswerStatus.RETURNED && verdict != AnswerStatus.APPROVED) {
            throw new IllegalArgumentException("not a verdict: " + verdict);
        }
        this.status = verdict;
    }

    /** "M" + municipality id for a group answer, "U" + participant id for an individual one. */
    public String getOwnerKey() {
        return ownerKey;
    }

    public long getAssignmentId() {
        return assignmentId;
    }

    public long getMunicipalityId() {
        return municipalityId;
    }

    public Long getParticipantId() {
        return participantId;
    }

    public String getBody() {
        return body;
    }

    public AnswerStatus getStatus() {
        return status;
    }

    public long getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Long getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }
}
