package no.ks.ledergaloppen.dashboard;

import java.time.LocalDate;
import java.util.Map;
import no.ks.ledergaloppen.roadmap.Phase;

/**
 * How many of the cohort's municipalities were in each phase on a day: at a gathering
 * ({@code gatheringNumber}) or today (null). {@code counts} holds every phase, zeros included.
 */
public record PhaseSnapshot(Integer gatheringNumber, LocalDate date, Map<Phase, Integer> counts) {

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
