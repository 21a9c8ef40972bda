package no.ks.ledergaloppen.assessment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import no.ks.ledergaloppen.assessment.Foundation;
import no.ks.ledergaloppen.base.AbstractEntity;

@Entity
@Table(name = "foundation_assessment")
public class FoundationAssessment extends AbstractEntity {

    public static final int COMMENT_MAX = 1000;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "assessed_on", nullable = false)
    private LocalDate assessedOn;

    @Column(name = "assessed_by", nullable = false)
    private long assessedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "need", nullable = false)
    private int need;

    @Column(name = "solution_value", nullable = false)
    private int solutionValue;

    @Column(name = "driver", nullable = false)
    private int driver;

    @Column(name = "team", nullable = false)
    private int team;

    @Column(name = "anchoring", nullable = false)
    private int anchoring;

    @Column(name = "need_comment", length = COMMENT_MAX)
    private String needComment;

    @Column(name = "solution_value_comment", length = COMMENT_MAX)
    private String solutionValueComment;

    @Column(name = "driver_comment", length = COMMENT_MAX)
    private String driverComment;

    @Column(name = "team_comment", length = COMMENT_MAX)
    private String teamComment;

    @Column(name = "anchoring_comment", length = COMMENT_MAX)
    private String anchoringComment;

    protected FoundationAssessment() {
    }

    public FoundationAssessment(long caseId, LocalDate assessedOn, long assessedBy, Instant createdAt,
                                Map<Foundation, Integer> scores, Map<Foundation, String> comments) {
        this.caseId = caseId;
        this.assessedOn = assessedOn;
        this.assessedBy = assessedBy;
        this.createdAt = createdAt;
        this.need = scores.get(Foundation.NEED);
        this.solutionValue = scores.get(Foundation.SOLUTION_VALUE);
        this.driver = scores.get(Foundation.DRIVER);
        this.team = scores.get(Foundation.TEAM);
        this.anchoring = scores.get(Foundation.ANCHORING);
        this.needComment = comments.get(Foundation.NEED);
        this.solutionValueComment = comments.get(Foundation.SOLUTION_VALUE);
        this.driverComment = comments.get(Foundation.DRIVER);
        this.teamComment = comments.get(Foundation.TEAM);
        this.anchoringComment = comments.get(Foundation.ANCHORING);
    }

    public Map<Foundation, Integer> scores() {
        Map<Foundation, Integer> m = new EnumMap<>(Foundation.class);
        m.put(Foundation.NEED, need);
        m.put(Foundation.SOLUTION_VALUE, solutionValue);
        m.put(Foundation.DRIVER, driver);
        m.put(Foundation.TEAM, team);
        m.put(Foundation.ANCHORING, anchoring);
        return m;
    }

    public Map<Foundation, String> comments() {
        Map<Foundation, String> m = new EnumMap<>(Foundation.class);
        putIfSet(m, Foundation.NEED, needComment);
        putIfSet(m, Foundation.SOLUTION_VALUE, solutionValueComment);
        putIfSet(m, Foundation.DRIVER, driverComment);
        putIfSet(m, Foundation.TEAM, teamComment);
        putIfSet(m, Foundation.ANCHORING, anchoringComment);
        return m;
    }

    private static void putIfSet(Map<Foundation, String> m, Foundation f, String v) {
        if (v != null) {
            m.put(f, v);
        }
    }

    public long getCaseId() {
        return caseId;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public long getAssessedBy() {
        return assessedBy;
    }
}
