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

/**
 * A step of a phase. Steps are never deleted: a retired step disappears from the roadmap, while the
 * ticks that cases already made on it keep pointing at it.
 */
@Entity
@Table(name = "roadmap_step")
public class RoadmapStep extends AbstractEntity {

    public static final int TITLE_MAX = 200;
    public static final int GUIDANCE_MAX = 8000;
    public static final int TIPS_MAX = 4000;
    public static final int EXAMPLE_MAX = 4000;
    public static final int NAME_MAX = 120;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "phase", nullable = false, length = 20)
    private Phase phase;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "guidance", nullable = false, length = GUIDANCE_MAX)
    private String guidance;

    @Column(name = "tips", length = TIPS_MAX)
    private String tips;

    @Column(name = "example_municipality", length = NAME_MAX)
    private String exampleMunicipality;

    @Column(name = "example_title", length = TITLE_MAX)
    private String exampleTitle;

    @Column(name = "example_story", length = EXAMPLE_MAX)
    private String exampleStory;

    @Column(name = "retired", nullable = false)
    private boolean retired;

    protected RoadmapStep() {
    }

    public RoadmapStep(Phase phase, int position) {
        this.phase = phase;
        this.position = position;
    }

    public void edit(String title, String guidance, String tips, String exampleMunicipality, String exampleTitle,
                     String exampleStory) {
        this.title = title;
        this.guidance = guidance;
        this.tips = tips;
        this.exampleMunicipality = exampleMunicipality;
        this.exampleTitle = exampleTitle;
        this.exampleStory = exampleStory;
    }

    public void moveTo(int position) {
        this.position = position;
    }

    public void retire() {
        this.retired = true;
    }

    public Phase getPhase() {
        return phase;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public String getGuidance() {
        return guidance;
    }

    public String getTips() {
        return tips;
    }

    public String getExampleMunicipality() {
        return exampleMunicipality;
    }

    public String getExampleTitle() {
        return exampleTitle;
    }

    public String getExampleStory() {
        return exampleStory;
    }

    public boolean isRetired() {
        return retired;
    }
}
