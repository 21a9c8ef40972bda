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
    public static final int DEFAULT_STALL_DAYS = 21;
    public static final int STALL_DAYS_MAX = 365;

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

    @Column(name = "stall_days", nullable = false)
    private int stallDays = DEFAULT_STALL_DAYS;

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

    /** After this many days without activity the dashboard flags a case as stalled. */
    public void stallAfter(int days) {
        if (days < 1 || days > STALL_DAYS_MAX) {
            throw new IllegalArgumentException("stall days " + days);
        }
        this.stallDays = days;
    }

    public int getStallDays() {
        return stallDays;
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
