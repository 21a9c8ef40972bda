package no.ks.ledergaloppen.gathering.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import no.ks.ledergaloppen.base.AbstractEntity;

@Entity
@Table(name = "gathering")
public class Gathering extends AbstractEntity {

    public static final int TEXT_MAX = 200;

    @Column(name = "cohort_id", nullable = false)
    private long cohortId;

    @Column(name = "seq_no", nullable = false)
    private int number;

    @Column(name = "held_on", nullable = false)
    private LocalDate date;

    @Column(name = "starts")
    private LocalTime starts;

    @Column(name = "ends")
    private LocalTime ends;

    @Column(name = "place", nullable = false, length = TEXT_MAX)
    private String place;

    @Column(name = "theme", nullable = false, length = TEXT_MAX)
    private String theme;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "gathering_id", nullable = false)
    @OrderBy("sortOrder")
    private List<AgendaItem> agenda = new ArrayList<>();

    protected Gathering() {
    }

    public Gathering(long cohortId) {
        this.cohortId = cohortId;
    }

    public void describe(int number, LocalDate date, LocalTime starts, LocalTime ends, String place, String theme) {
        this.number = number;
        this.date = date;
        this.starts = starts;
        this.ends = ends;
        this.place = place;
        this.theme = theme;
    }

    /** Replaces the agenda by the given items, in this order. */
    public void replaceAgenda(List<AgendaItem> items) {
        agenda.clear();
        for (int i = 0; i < items.size(); i++) {
            items.get(i).placeAt(i);
            agenda.add(items.get(i));
        }
    }

    public long getCohortId() {
        return cohortId;
    }

    public int getNumber() {
        return number;
    }

    public LocalDate getDate() {
        return date;
    }

    public LocalTime getStarts() {
        return starts;
    }

    public LocalTime getEnds() {
        return ends;
    }

    public String getPlace() {
        return place;
    }

    public String getTheme() {
        return theme;
    }

    public List<AgendaItem> getAgenda() {
        return List.copyOf(agenda);
    }
}
