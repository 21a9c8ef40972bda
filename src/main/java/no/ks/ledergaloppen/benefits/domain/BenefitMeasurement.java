package no.ks.ledergaloppen.benefits.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import no.ks.ledergaloppen.base.AbstractEntity;
import no.ks.ledergaloppen.benefits.CorrectiveAction;

/** One measurement of an indicator, with the corrective action written when it came out behind plan. */
@Entity
@Table(name = "benefit_measurement")
public class BenefitMeasurement extends AbstractEntity {

    public static final int COMMENT_MAX = 500;
    public static final int ACTION_WHAT_MAX = 1000;
    public static final int ACTION_WHO_MAX = 200;

    @Column(name = "indicator_id", nullable = false)
    private long indicatorId;

    @Column(name = "measured_on", nullable = false)
    private LocalDate measuredOn;

    @Column(name = "measured_value", nullable = false, precision = 19, scale = 4)
    private BigDecimal value;

    @Column(name = "comment", length = COMMENT_MAX)
    private String comment;

    @Column(name = "recorded_by", nullable = false)
    private long recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "action_what", length = ACTION_WHAT_MAX)
    private String actionWhat;

    @Column(name = "action_who", length = ACTION_WHO_MAX)
    private String actionWho;

    @Column(name = "action_due")
    private LocalDate actionDue;

    @Column(name = "action_recorded_by")
    private Long actionRecordedBy;

    @Column(name = "action_recorded_at")
    private Instant actionRecordedAt;

    protected BenefitMeasurement() {
    }

    public BenefitMeasurement(long indicatorId, LocalDate measuredOn, BigDecimal value, String comment, long by,
                              Instant at) {
        this.indicatorId = indicatorId;
        record(measuredOn, value, comment, by, at);
    }

    public final void record(LocalDate measuredOn, BigDecimal value, String comment, long by, Instant at) {
        this.measuredOn = measuredOn;
        this.value = value;
        this.comment = comment;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public void correct(CorrectiveAction action, long by, Instant at) {
        this.actionWhat = action.what();
        this.actionWho = action.who();
        this.actionDue = action.due();
        this.actionRecordedBy = by;
        this.actionRecordedAt = at;
    }

    /** The corrective action, or null when none was written. */
    public CorrectiveAction action() {
        return actionWhat == null ? null : new CorrectiveAction(actionWhat, actionWho, actionDue);
    }

    public long getIndicatorId() {
        return indicatorId;
    }

    public LocalDate getMeasuredOn() {
        return measuredOn;
    }

    public BigDecimal getValue() {
        return value;
    }

    public String getComment() {
        return comment;
    }

    public long getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
