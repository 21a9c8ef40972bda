package no.ks.ledergaloppen.cohort.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import no.ks.ledergaloppen.base.AbstractEntity;

@Entity
@Table(name = "cohort_facilitator")
public class CohortFacilitator extends AbstractEntity {

    @Column(name = "cohort_id", nullable = false)
    private long cohortId;

    @Column(name = "user_id", nullable = false)
    private long userId;

    protected CohortFacilitator() {
    }

    public CohortFacilitator(long cohortId, long userId) {
        this.cohortId = cohortId;
        this.userId = userId;
    }

    public long getCohortId() {
        return cohortId;
    }

    public long getUserId() {
        return userId;
    }
}
