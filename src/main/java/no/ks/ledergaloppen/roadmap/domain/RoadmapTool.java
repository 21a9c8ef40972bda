package no.ks.ledergaloppen.roadmap.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import no.ks.ledergaloppen.base.AbstractEntity;

@Entity
@Table(name = "roadmap_tool")
public class RoadmapTool extends AbstractEntity {

    public static final int NAME_MAX = 120;
    public static final int HOW_TO_MAX = 2000;

    @Column(name = "step_id", nullable = false)
    private long stepId;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "how_to", nullable = false, length = HOW_TO_MAX)
    private String howTo;

    protected RoadmapTool() {
    }

    public RoadmapTool(long stepId, int position, String name, String howTo) {
        this.stepId = stepId;
        this.position = position;
        this.name = name;
        this.howTo = howTo;
    }

    public long getStepId() {
        return stepId;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public String getHowTo() {
        return howTo;
    }
}
