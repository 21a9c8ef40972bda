package no.ks.ledergaloppen.roadmap.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import no.ks.ledergaloppen.base.AbstractEntity;
import no.ks.ledergaloppen.roadmap.Phase;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "roadmap_phase")
public class RoadmapPhase extends AbstractEntity {

    public static final int TEXT_MAX = 2000;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "phase", nullable = false, length = 20)
    private Phase phase;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "purpose", nullable = false, length = TEXT_MAX)
    private String purpose;

    @Column(name = "tip", nullable = false, length = TEXT_MAX)
    private String tip;

    protected RoadmapPhase() {
    }

    public void edit(String purpose, String tip) {
        this.purpose = purpose;
        this.tip = tip;
    }

    public Phase getPhase() {
        return phase;
    }

    public int getPosition() {
        return position;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getTip() {
        return tip;
    }
}
