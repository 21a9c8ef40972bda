package no.ks.ledergaloppen.innovationcase.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import no.ks.ledergaloppen.base.AbstractEntity;
import no.ks.ledergaloppen.innovationcase.Visibility;
import no.ks.ledergaloppen.roadmap.Phase;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "innovation_case")
public class InnovationCase extends AbstractEntity {

    public static final int TITLE_MAX = 200;
    public static final int NEED_MAX = 4000;
    public static final int FIELD_MAX = 2000;
    public static final int IN_USE_BY_MAX = 1000;

    @Column(name = "cohort_id", nullable = false)
    private long cohortId;

    @Column(name = "municipality_id", nullable = false)
    private long municipalityId;

    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "need_statement", length = NEED_MAX)
    private String needStatement;

    @Column(name = "target_group", length = FIELD_MAX)
    private String targetGroup;

    @Column(name = "driver", length = FIELD_MAX)
    private String driver;

    @Column(name = "team", length = FIELD_MAX)
    private String team;

    @Column(name = "anchoring", length = FIELD_MAX)
    private String anchoring;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "visibility", nullable = false, length = 10)
    private Visibility visibility;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "phase", nullable = false, length = 20)
    private Phase phase;

    @Column(name = "phase_since", nullable = false)
    private Instant phaseSince;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by")
    private Long updatedBy;

    @Column(name = "archived", nullable = false)
    private boolean archived;

    @Column(name = "priority", nullable = false)
    private int priority;

    @Column(name = "in_use_since")
    private LocalDate inUseSince;

    @Column(name = "in_use_by", length = IN_USE_BY_MAX)
    private String inUseBy;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "finished_by")
    private Long finishedBy;

    protected InnovationCase() {
    }

    public InnovationCase(long cohortId, long municipalityId, String title, int priority, Instant now, long by) {
        this.cohortId = cohortId;
        this.priority = priority;
        this.municipalityId = municipalityId;
        this.title = title;
        this.visibility = Visibility.PRIVATE;
        this.phase = Phase.ANCHORING;
        this.phaseSince = now;
        this.createdAt = now;
        touch(now, by);
    }

    public void describe(String title, String needStatement, String targetGroup, String driver, String team,
                         String anchoring, Visibility visibility, Instant now, long by) {
        this.title = title;
        this.needStatement = needStatement;
        this.targetGroup = targetGroup;
        this.driver = driver;
        this.team = team;
        this.anchoring = anchoring;
        this.visibility = visibility;
        touch(now, by);
    }

    /** Moves the case to another phase, forward or back; the caller records the move and its reason. */
    public void moveTo(Phase target, Instant now, long by) {
        this.phase = target;
        this.phaseSince = now;
        touch(now, by);
    }

    /** Archives the case (its municipality left the cohort) or brings it back (the municipality came back). */
    public void archive(boolean archived, Instant now, long by) {
        this.archived = archived;
        touch(now, by);
    }

    /** Nyttiggjort: the new practice is in regular use since a day, by the units or staff named. */
    public void recordInUse(LocalDate since, String by, Instant now, long userId) {
        this.inUseSince = since;
        this.inUseBy = by;
        touch(now, userId);
    }

    /** Marks the case finished, or (null) open again. */
    public void finish(Instant at, Long by, Instant now, long userId) {
        this.finishedAt = at;
        this.finishedBy = by;
        touch(now, userId);
    }

    public boolean isFinished() {
        return finishedAt != null;
    }

    public int getPriority() {
        return priority;
    }

    public LocalDate getInUseSince() {
        return inUseSince;
    }

    public String getInUseBy() {
        return inUseBy;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public Long getFinishedBy() {
        return finishedBy;
    }

    public boolean isArchived() {
        return archived;
    }

    public void touch(Instant now, long by) {
        this.updatedAt = now;
        this.updatedBy = by;
    }

    public long getCohortId() {
        return cohortId;
    }

    public long getMunicipalityId() {
        return municipalityId;
    }

    public String getTitle() {
        return title;
    }

    public String getNeedStatement() {
        return needStatement;
    }

    public String getTargetGroup() {
        return targetGroup;
    }

    public String getDriver() {
        return driver;
    }

    public String getTeam() {
        return team;
    }

    public String getAnchoring() {
        return anchoring;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public Phase getPhase() {
        return phase;
    }

    public Instant getPhaseSince() {
        return phaseSince;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Long getUpdatedBy() {
        return updatedBy;
    }
}
