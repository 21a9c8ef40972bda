package no.ks.ledergaloppen.cohort.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import no.ks.ledergaloppen.base.AbstractEntity;
import no.ks.ledergaloppen.cohort.CohortStatus;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "cohort")
public class Cohort extends AbstractEntity {

    public static final int NAME_MAX = 120;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "region", nullable = false, length = NAME_MAX)
    private String region;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "status", nullable = false, length = 20)
    private CohortStatus status;

    @Column(name = "archived", nullable = false)
    private boolean archived;

    protected Cohort() {
    }

    public Cohort(String name, String region, LocalDate startDate, LocalDate endDate, CohortStatus status) {
        update(name, region, startDate, endDate, status);
    }

    public final void update(String name, String region, LocalDate startDate, LocalDate endDate,
                             CohortStatus status) {
        this.name = name;
        this.region = region;
        this.startDate = startDate;
        this.endDate = endDate;
        this.status = status;
    }

    public void archive(boolean archived) {
        this.archived = archived;
    }

    public String getName() {
        return name;
    }

    public String getRegion() {
        return region;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public CohortStatus getStatus() {
        return status;
    }

    public boolean isArchived() {
        return archived;
    }
}
