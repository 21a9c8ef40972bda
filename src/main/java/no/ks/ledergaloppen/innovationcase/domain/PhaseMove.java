package no.ks.ledergaloppen.innovationcase.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import no.ks.ledergaloppen.base.AbstractEntity;
import no.ks.ledergaloppen.roadmap.Phase;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One move of a case between phases, with who, when and why. The first move has no from-phase. */
@Entity
@Table(name = "case_phase_move")
public class PhaseMove extends AbstractEntity {

    public static final int REASON_MAX = 2000;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "from_phase", length = 20)
    private Phase fromPhase;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "to_phase", nullable = false, length = 20)
    private Phase toPhase;

    @Column(name = "reason", nullable = false, length = REASON_MAX)
    private String reason;

    @Column(name = "moved_by", nullable = false)
    private long movedBy;

    @Column(name = "moved_at", nullable = false)
    private Instant movedAt;

    protected PhaseMove() {
    }

    public PhaseMove(long caseId, Phase fromPhase, Phase toPhase, String reason, long movedBy, Instant movedAt) {
        this.caseId = caseId;
        this.fromPhase = fromPhase;
        this.toPhase = toPhase;
        this.reason = reason;
        this.movedBy = movedBy;
        this.movedAt = movedAt;
    }

    public long getCaseId() {
        return caseId;
    }

    public Phase getFromPhase() {
        return fromPhase;
    }

    public Phase getToPhase() {
        return toPhase;
    }

    public String getReason() {
        return reason;
    }

    public long getMovedBy() {
        return movedBy;
    }

    public Instant getMovedAt() {
        return movedAt;
    }
}
