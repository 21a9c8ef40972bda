package no.ks.ledergaloppen.learning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import no.ks.ledergaloppen.base.AbstractEntity;
import no.ks.ledergaloppen.learning.Decision;
import no.ks.ledergaloppen.roadmap.Phase;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "blt_round")
public class BltRound extends AbstractEntity {

    public static final int TEXT_MAX = 2000;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "round_no", nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "phase", length = 20)
    private Phase phase;

    @Column(name = "need", nullable = false, length = TEXT_MAX)
    private String need;

    @Column(name = "solution", nullable = false, length = TEXT_MAX)
    private String solution;

    @Column(name = "test_method", length = TEXT_MAX)
    private String testMethod;

    @Column(name = "test_result", length = TEXT_MAX)
    private String result;

    @Column(name = "learning", length = TEXT_MAX)
    private String learning;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "decision", length = 20)
    private Decision decision;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_by", nullable = false)
    private long updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected BltRound() {
    }

    public BltRound(long caseId, int number, long createdBy, Instant createdAt) {
        this.caseId = caseId;
        this.number = number;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public void describe(Phase phase, String need, String solution, String testMethod, String result,
                         String learning, Decision decision, long by, Instant at) {
        this.phase = phase;
        this.need = need;
        this.solution = solution;
        this.testMethod = testMethod;
        this.result = result;
        this.learning = learning;
        this.decision = decision;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public long getCaseId() {
        return caseId;
    }

    public int getNumber() {
        return number;
    }

    public Phase getPhase() {
        return phase;
    }

    public String getNeed() {
        return need;
    }

    public String getSolution() {
        return solution;
    }

    public String getTestMethod() {
        return testMethod;
    }

    public String getResult() {
        return result;
    }

    public String getLearning() {
        return learning;
    }

    public Decision getDecision() {
        return decision;
    }

    public long getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
