package no.ks.ledergaloppen.dashboard;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.ks.ledergaloppen.cohort.CohortRoster;

/** A cohort at a glance: a row per municipality, and the phases over time (one snapshot per gathering held, and today). */
public record CohortDashboard(CohortRoster cohort, LocalDate today, List<DashboardRow> rows,
                              List<PhaseSnapshot> progress) {

    /** The rows with at least one of the flags; all rows when none is chosen. */
    public List<DashboardRow> rowsWith(Set<Flag> any) {
        return any.isEmpty() ? rows : rows.stream().filter(r -> any.stream().anyMatch(r::has)).toList();
    }

    /** How many municipalities carry each flag (every flag present, zeros included). */
    public Map<Flag, Integer> flagCounts() {
        Map<Flag, Integer> counts = new EnumMap<>(Flag.class);
        for (Flag f : Flag.values()) {
            counts.put(f, (int) rows.stream().filter(r -> r.has(f)).count());
        }
        return counts;
    }
}
