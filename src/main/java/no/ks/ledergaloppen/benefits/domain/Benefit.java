package no.ks.ledergaloppen.benefits.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import no.ks.ledergaloppen.base.AbstractEntity;
import no.ks.ledergaloppen.benefits.BenefitType;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A benefit (gevinst) of a case, with the line manager answerable for it (gevinstansvarlig). */
@Entity
@Table(name = "benefit")
public class Benefit extends AbstractEntity {

    public static final int DESCRIPTION_MAX = 1000;
    public static final int OWNER_MAX = 200;
    public static final int ASSUMPTIONS_MAX = 2000;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "description", nullable = false, length = DESCRIPTION_MAX)
    private String description;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "benefit_type", nullable = false, length = 20)
    private BenefitType type;

    @Column(name = "owner_name", nullable = false, length = OWNER_MAX)
    private String ownerName;

    @Column(name = "owner_title", nullable = false, length = OWNER_MAX)
    private String ownerTitle;

    @Column(name = "assumptions", length = ASSUMPTIONS_MAX)
    private String assumptions;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_by", nullable = false)
    private long updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Benefit() {
    }

    public Benefit(long caseId, long createdBy, Instant createdAt) {
        this.caseId = caseId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public void describe(String description, BenefitType type, String ownerName, String ownerTitle,
                         String assumptions, long by, Instant at) {
        this.description = description;
        this.type = type;
        this.ownerName = ownerName;
        this.ownerTitle = ownerTitle;
        this.assumptions = assumptions;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public long getCaseId() {
        return caseId;
    }

    public String getDescription() {
        return description;
    }

    public BenefitType getType() {
        return type;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public String getOwnerTitle() {
        return ownerTitle;
    }

    public String getAssumptions() {
        return assumptions;
    }

    public long getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
