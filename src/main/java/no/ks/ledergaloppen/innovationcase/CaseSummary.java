package no.ks.ledergaloppen.innovationcase;

import java.time.Instant;
import no.ks.ledergaloppen.roadmap.Phase;

/**
 * A case as lists show it; {@code own} when it belongs to the viewer's own municipality; {@code priority} its
 * place in its leader group's order (0 when never ordered); {@code finished} when marked finished.
 */
public record CaseSummary(long id, String title, long cohortId, String cohortName, long municipalityId,
                          String municipalityName, Phase phase, Instant phaseSince, Visibility visibility,
                          boolean own, int priority, boolean finished) {
}
