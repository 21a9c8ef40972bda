package no.ks.ledergaloppen.cohort.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import no.ks.ledergaloppen.base.AbstractEntity;

/** A municipality taking part in a cohort. */
@Entity
@Table(name = "enrolment")
public class Enrolment extends AbstractEntity {

    @Column(name = "cohort_id", nullable = false)
    private long cohortId;

    @Column(name = "municipality_id", nullable = false)
    private long municipalityId;

    @Column(name = "enrolled_at", nullable = false)
    private Instant enrolledAt;

    protected Enrolment() {
    }

    public Enrolment(long cohortId, long municipalityId, Instant enrolledAt) {
        this.cohortId = cohortId;
        this.municipalityId = municipalityId;
        this.enrolledAt = enrolledAt;
    }

    public long getCohortId() {
        return cohortId;
    }

    public long getMunicipalityId() {
        return municipalityId;
    }

    public Instant getEnrolledAt() {
        return enrolledAt;
    }
}
