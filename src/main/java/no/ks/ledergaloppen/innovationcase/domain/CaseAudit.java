package no.ks.ledergaloppen.innovationcase.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change to a case: who, when, what. Written in the same transaction as the change; never edited. */
@Entity
@Table(name = "case_audit")
public class CaseAudit {

    public static final int DETAIL_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "happened_at", nullable = false)
    private Instant happenedAt;

    @Column(name = "action", nullable = false, length = 40)
    private String action;

    @Column(name = "detail", length = DETAIL_MAX)
    private String detail;

    protected CaseAudit() {
    }

    public CaseAudit(long caseId, long userId, Instant happenedAt, String action, String detail) {
        this.caseId = caseId;
        this.userId = userId;
        this.happenedAt = happenedAt;
        this.action = action;
        this.detail = detail == null || detail.length() <= DETAIL_MAX ? detail : detail.substring(0, DETAIL_MAX);
    }

    public long getCaseId() {
        return caseId;
    }

    public long getUserId() {
        return userId;
    }

    public Instant getHappenedAt() {
        return happenedAt;
    }

    public String getAction() {
        return action;
    }

    public String getDetail() {
        return detail;
    }
}
