package no.ks.ledergaloppen.learning;

import java.time.Instant;
import no.ks.ledergaloppen.roadmap.Phase;

/** A BLT round as shown: its number in the case, the texts, and who last changed it when. */
public record BltRoundInfo(long id, long version, int number, Phase phase, String need, String solution,
                           String testMethod, String result, String learning, Decision decision,
                           String createdBy, Instant createdAt, String updatedBy, Instant updatedAt) {

    public BltDraft draft() {
        return new BltDraft(phase, need, solution, testMethod, result, learning, decision);
    }

    /** A round without a decision is still going on. */
    public boolean open() {
        return decision == null;
    }
}
