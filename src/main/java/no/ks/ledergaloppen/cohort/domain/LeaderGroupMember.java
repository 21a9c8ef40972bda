package no.ks.ledergaloppen.cohort.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import no.ks.ledergaloppen.base.AbstractEntity;

/** A participant in one municipality's leader group within a cohort, with a title such as rådmann. */
@Entity
@Table(name = "leader_group_member")
public class LeaderGroupMember extends AbstractEntity {

    public static final int TITLE_MAX = 120;

    @Column(name = "cohort_id", nullable = false)
    private long cohortId;

    @Column(name = "municipality_id", nullable = false)
    private long municipalityId;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    protected LeaderGroupMember() {
    }

    public LeaderGroupMember(long cohortId, long municipalityId, long userId, String title) {
        this.cohortId = cohortId;
        this.municipalityId = municipalityId;
        this.userId = userId;
        this.title = title;
    }

    public void retitle(String title) {
        this.title = title;
    }

    public long getCohortId() {
        return cohortId;
    }

    public long getMunicipalityId() {
        return municipalityId;
    }

    public long getUserId() {
        return userId;
    }

    public String getTitle() {
        return title;
    }
}
