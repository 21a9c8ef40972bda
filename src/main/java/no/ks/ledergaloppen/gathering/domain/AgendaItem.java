package no.ks.ledergaloppen.gathering.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalTime;
import no.ks.ledergaloppen.base.AbstractEntity;

@Entity
@Table(name = "agenda_item")
public class AgendaItem extends AbstractEntity {

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 1000;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "starts")
    private LocalTime starts;

    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "speaker", length = TITLE_MAX)
    private String speaker;

    @Column(name = "description", length = DESCRIPTION_MAX)
    private String description;

    protected AgendaItem() {
    }

    public AgendaItem(LocalTime starts, String title, String speaker, String description) {
        this.starts = starts;
        this.title = title;
        this.speaker = speaker;
        this.description = description;
    }

    void placeAt(int index) {
        this.sortOrder = index;
    }

    public LocalTime getStarts() {
        return starts;
    }

    public String getTitle() {
        return title;
    }

    public String getSpeaker() {
        return speaker;
    }

    public String getDescription() {
        return description;
    }
}
