package no.ks.ledergaloppen.benefits.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import no.ks.ledergaloppen.base.AbstractEntity;
import no.ks.ledergaloppen.benefits.Direction;
import no.ks.ledergaloppen.benefits.Frequency;
import no.ks.ledergaloppen.benefits.IndicatorPlan;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A result indicator of a benefit: baseline (nullpunkt) and target. Keeps its case's id too, so that a case's
 * indicators (and a cohort's) are read without going through the benefits. Deactivated, never deleted.
 */
@Entity
@Table(name = "benefit_indicator")
public class BenefitIndicator extends AbstractEntity {

    public static final int NAME_MAX = 200;
    public static final int UNIT_MAX = 50;

    @Column(name = "benefit_id", nullable = false)
    private long benefitId;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "unit", nullable = false, length = UNIT_MAX)
    private String unit;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "direction", nullable = false, length = 20)
    private Direction direction;

    @Column(name = "baseline_value", nullable = false, precision = 19, scale = 4)
    private BigDecimal baselineValue;

    @Column(name = "baseline_date", nullable = false)
    private LocalDate baselineDate;

    @Column(name = "target_value", nullable = false, precision = 19, scale = 4)
    private BigDecimal targetValue;

    @Column(name = "target_date", nullable = false)
    private LocalDate targetDate;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "frequency", nullable = false, length = 20)
    private Frequency frequency;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Column(name = "updated_by", nullable = false)
    private long updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected BenefitIndicator() {
    }

    public BenefitIndicator(long benefitId, long caseId) {
        this.benefitId = benefitId;
        this.caseId = caseId;
    }

    public void describe(String name, String unit, IndicatorPlan plan, Frequency frequency, long by, Instant at) {
        this.name = name;
        this.unit = unit;
        this.direction = plan.direction();
        this.baselineValue = plan.baselineValue();
        this.baselineDate = plan.baselineDate();
        this.targetValue = plan.targetValue();
        this.targetDate = plan.targetDate();
        this.frequency = frequency;
        touched(by, at);
    }

    public void deactivate(long by, Instant at) {
        this.active = false;
        touched(by, at);
    }

    /** Followed up again, as before it was stopped. */
    public void reactivate(long by, Instant at) {
        this.active = true;
        touched(by, at);
    }

    private void touched(long by, Instant at) {
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public IndicatorPlan plan() {
        return new IndicatorPlan(direction, baselineValue, baselineDate, targetValue, targetDate);
    }

    public long getBenefitId() {
        return benefitId;
    }

    public long getCaseId() {
        return caseId;
    }

    public String getName() {
        return name;
    }

    public String getUnit() {
        return unit;
    }

    public Frequency getFrequency() {
        return frequency;
    }

    public boolean isActive() {
        return active;
    }

    public long getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
