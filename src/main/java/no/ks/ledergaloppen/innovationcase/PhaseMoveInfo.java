package no.ks.ledergaloppen.innovationcase;

import java.time.Instant;
import no.ks.ledergaloppen.roadmap.Phase;

/** One move in a case's history; {@code back} when it went to an earlier phase. */
public record PhaseMoveInfo(Phase from, Phase to, String reason, String movedBy, Instant movedAt) {

    public boolean back() {
        return from != null && to.isBefore(from);
    }
}
