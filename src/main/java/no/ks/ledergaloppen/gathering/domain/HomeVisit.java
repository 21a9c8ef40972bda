package no.ks.ledergaloppen.gathering.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import no.ks.ledergaloppen.base.AbstractEntity;
import no.ks.ledergaloppen.gathering.HomeVisitStatus;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "home_visit")
public class HomeVisit extends AbstractEntity {

    public static final int TRAINED_MAX = 2000;
    public static final int NOTES_MAX = 4000;

    @Column(name = "cohort_id", nullable = false)
    private long cohortId;

    @Column(name = "municipality_id", nullable = false)
    private long municipalityId;

    @Column(name = "visit_date", nullable = false)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "status", nullable = false, length = 20)
    private HomeVisitStatus status;

    @Column(name = "trained_on", length = TRAINED_MAX)
    private String trainedOn;

    @Column(name = "notes", length = NOTES_MAX)
    private String notes;

    @ElementCollection
    @CollectionTable(name = "home_visit_facilitator", joinColumns = @JoinColumn(name = "visit_id"))
    @Column(name = "user_id")
    private Set<Long> facilitatorIds = new HashSet<>();

    protected HomeVisit() {
    }

    public HomeVisit(long cohortId, long municipalityId) {
        this.cohortId = cohortId;
        this.municipalityId = municipalityId;
    }

    public void describe(LocalDate date, HomeVisitStatus status, Set<Long> facilitatorIds, String trainedOn,
                         String notes) {
        this.date = date;
        this.status = status;
        this.facilitatorIds.clear();
        this.facilitatorIds.addAll(facilitatorIds);
        this.trainedOn = trainedOn;
        this.notes = notes;
    }

    public long getCohortId() {
        return cohortId;
    }

    public long getMunicipalityId() {
        return municipalityId;
    }

    public LocalDate getDate() {
        return date;
    }

    public HomeVisitStatus getStatus() {
        return status;
    }

    public Set<Long> getFacilitatorIds() {
        return Set.copyOf(facilitatorIds);
    }

    public String getTrainedOn() {
        return trainedOn;
    }

    public String getNotes() {
        return notes;
    }
}
