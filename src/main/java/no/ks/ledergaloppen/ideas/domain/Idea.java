package no.ks.ledergaloppen.ideas.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import no.ks.ledergaloppen.base.AbstractEntity;
import no.ks.ledergaloppen.ideas.IdeaState;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "idea")
public class Idea extends AbstractEntity {

    public static final int TITLE_MAX = 200;
    public static final int TEXT_MAX = 1000;
    public static final int REASON_MAX = 1000;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "cohort_id", nullable = false)
    private long cohortId;

    @Column(name = "municipality_id", nullable = false)
    private long municipalityId;

    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "improves", length = TEXT_MAX)
    private String improves;

    @Column(name = "helps", length = TEXT_MAX)
    private String helps;

    @Column(name = "posted_by", nullable = false)
    private long postedBy;

    @Column(name = "posted_at", nullable = false)
    private Instant postedAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "state", nullable = false, length = 20)
    private IdeaState state;

    @Column(name = "reason", length = REASON_MAX)
    private String reason;

    @Column(name = "new_case_id")
    private Long newCaseId;

    @Column(name = "updated_by", nullable = false)
    private long updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Idea() {
    }

    public Idea(long caseId, long cohortId, long municipalityId, String title, String improves, String helps,
                long postedBy, Instant postedAt) {
        this.caseId = caseId;
        this.cohortId = cohortId;
        this.municipalityId = municipalityId;
        this.title = title;
        this.improves = improves;
        this.helps = helps;
        this.postedBy = postedBy;
        this.postedAt = postedAt;
        this.state = IdeaState.NEW;
        this.updatedBy = postedBy;
        this.updatedAt = postedAt;
    }

    /** The leader group decides what the idea is: an everyday improvement in one of its states. */
    public void triage(IdeaState to, String reason, long by, Instant at) {
        this.state = to;
        this.reason = to == IdeaState.REJECTED ? reason : null;
        touch(by, at);
    }

    /** A new innovation case was made of the idea. */
    public void becameCase(long newCaseId, long by, Instant at) {
        this.state = IdeaState.BECAME_CASE;
        this.newCaseId = newCaseId;
        this.reason = null;
        touch(by, at);
    }

    private void touch(long by, Instant at) {
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public long getCaseId() {
        return caseId;
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

    public String getImproves() {
        return improves;
    }

    public String getHelps() {
        return helps;
    }

    public long getPostedBy() {
        return postedBy;
    }

    public Instant getPostedAt() {
        return postedAt;
    }

    public IdeaState getState() {
        return state;
    }

    public String getReason() {
        return reason;
    }

    public Long getNewCaseId() {
        return newCaseId;
    }

    public long getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
