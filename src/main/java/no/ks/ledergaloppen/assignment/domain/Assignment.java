package no.ks.ledergaloppen.assignment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import no.ks.ledergaloppen.assignment.AnswerMode;
import no.ks.ledergaloppen.base.AbstractEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An assignment given at a gathering. The facilitators may change what it asks and when it is due, or
 * withdraw it with a reason; a withdrawn assignment keeps its answers and stays withdrawn.
 */
@Entity
@Table(name = "assignment")
public class Assignment extends AbstractEntity {

    public static final int TITLE_MAX = 200;
    public static final int INSTRUCTIONS_MAX = 8000;
    public static final int REASON_MAX = 500;

    @Column(name = "cohort_id", nullable = false)
    private long cohortId;

    @Column(name = "gathering_id", nullable = false)
    private long gatheringId;

    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "instructions", nullable = false, length = INSTRUCTIONS_MAX)
    private String instructions;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "step_id")
    private Long stepId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "answer_mode", nullable = false, length = 20)
    private AnswerMode mode;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_by")
    private Long updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "withdrawn_by")
    private Long withdrawnBy;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdraw_reason", length = REASON_MAX)
    private String withdrawReason;

    protected Assignment() {
    }

    public Assignment(long cohortId, long gatheringId, long createdBy, Instant createdAt) {
        this.cohortId = cohortId;
        this.gatheringId = gatheringId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.updatedBy = createdBy;
        this.updatedAt = createdAt;
    }

    public void describe(String title, String instructions, LocalDate dueDate, Long stepId, AnswerMode mode) {
        this.title = title;
        this.instructions = instructions;
        this.dueDate = dueDate;
        this.stepId = stepId;
        this.mode = mode;
    }

    /** Changes what the assignment asks and when it is due; who answers (the mode) stays as given. */
    public void edit(String title, String instructions, LocalDate dueDate, Long stepId, long by, Instant at) {
        checkNotWithdrawn();
        describe(title, instructions, dueDate, stepId, mode);
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public void withdraw(String reason, long by, Instant at) {
        checkNotWithdrawn();
        this.withdrawReason = reason;
        this.withdrawnBy = by;
        this.withdrawnAt = at;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    private void checkNotWithdrawn() {
        if (isWithdrawn()) {
            throw new IllegalStateException("assignment " + getId() + " is withdrawn");
        }
    }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    public long getCohortId() {
        return cohortId;
    }

    public long getGatheringId() {
        return gatheringId;
    }

    public String getTitle() {
        return title;
    }

    public String getInstructions() {
        return instructions;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public Long getStepId() {
        return stepId;
    }

    public AnswerMode getMode() {
        return mode;
    }

    public Long getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Long getWithdrawnBy() {
        return withdrawnBy;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public String getWithdrawReason() {
        return withdrawReason;
    }
}
