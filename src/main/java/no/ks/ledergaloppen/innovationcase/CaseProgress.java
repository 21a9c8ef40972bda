package no.ks.ledergaloppen.innovationcase;

import java.time.Instant;
import java.util.List;
import no.ks.ledergaloppen.roadmap.Phase;

/**
 * Where a case stands and how it got there, for the facilitators' overview: its phase and since when,
 * every move (oldest first), and when anything last happened to it (any change, tick, move,
 * assessment, BLT round or journal entry); its place in the leader group's order ({@code priority}, 0 when
 * never ordered) and when it was marked finished ({@code finishedAt}, null while it is worked on).
 */
public record CaseProgress(long caseId, long municipalityId, String title, Phase phase, Instant phaseSince,
                           Instant lastActivity, int priority, Instant finishedAt, List<Move> moves) {

    /** One move and its reason; {@code from} is null for the case's first entry into the roadmap. */
    public record Move(Phase from, Phase to, Instant at, String reason) {

        public boolean back() {
            return from != null && to.isBefore(from);
        }
    }

    public boolean finished() {
        return finishedAt != null;
    }

    public int movesBack() {
        return (int) moves.stream().filter(Move::back).count();
    }

    /** The phase the case was in at a moment, or null if it did not exist yet. */
    public Phase phaseAt(Instant moment) {
        Phase phase = null;
        for (Move m : moves) {
            if (m.at().isAfter(moment)) {
                break;
            }
            phase = m.to();
        }
        return phase;
    }
}
