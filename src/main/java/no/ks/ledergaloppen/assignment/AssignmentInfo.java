package no.ks.ledergaloppen.assignment;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An assignment as its readers see it. {@code withdrawnAt}, {@code withdrawnBy} and {@code withdrawReason}
 * are null unless a facilitator has withdrawn it.
 */
public record AssignmentInfo(long id, long version, long cohortId, String cohortName, long gatheringId,
                             int gatheringNumber, String title, String instructions, LocalDate dueDate, Long stepId,
                             AnswerMode mode, Instant withdrawnAt, String withdrawnBy, String withdrawReason) {

    public boolean withdrawn() {
        return withdrawnAt != null;
    }

    /** What a facilitator may change after giving it, as it stands now. */
    public AssignmentChanges changes() {
        return new AssignmentChanges(title, instructions, dueDate, stepId);
    }
}
