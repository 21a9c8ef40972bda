package no.ks.ledergaloppen.learning;

import no.ks.ledergaloppen.roadmap.Phase;

/**
 * What the leader group writes about a BLT round. Need and solution are required from the start; the
 * test, result, learning and decision are filled in as the round goes on.
 */
public record BltDraft(Phase phase, String need, String solution, String testMethod, String result,
                       String learning, Decision decision) {
}
