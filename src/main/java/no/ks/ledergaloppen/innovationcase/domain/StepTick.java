package no.ks.ledergaloppen.innovationcase.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import no.ks.ledergaloppen.base.AbstractEntity;

/** A roadmap step a case has done, with who ticked it, when, and an optional note. */
@Entity
@Table(name = "case_step_tick")
public class StepTick extends AbstractEntity {

    public static final int NOTE_MAX = 1000;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "step_id", nullable = false)
    private long stepId;

    @Column(name = "ticked_by", nullable = false)
    private long tickedBy;

    @Column(name = "ticked_at", nullable = false)
    private Instant tickedAt;

    @Column(name = "note", length = NOTE_MAX)
    private String note;

    protected StepTick() {
    }

    public StepTick(long caseId, long stepId, long tickedBy, Instant tickedAt, String note) {
        this.caseId = caseId;
        this.stepId = stepId;
        this.tickedBy = tickedBy;
        this.tickedAt = tickedAt;
        this.note = note;
    }

    public long getCaseId() {
        return caseId;
    }

    public long getStepId() {
        return stepId;
    }

    public long getTickedBy() {
        return tickedBy;
    }

    public Instant getTickedAt() {
        return tickedAt;
    }

    public String getNote() {
        return note;
    }
}
