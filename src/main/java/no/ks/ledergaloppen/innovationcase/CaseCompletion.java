package no.ks.ledergaloppen.innovationcase;

import java.time.Instant;
import java.time.LocalDate;
import no.ks.ledergaloppen.roadmap.Phase;

/**
 * Whether a case's new practice is put to use (nyttiggjort: since when, by whom) and whether the case is
 * finished (when, by whom), with the case's version for the next change and what the viewer may do.
 * {@code inUseSince} is null until recorded; {@code finishedAt} is null while the case is open.
 */
public record CaseCompletion(long caseId, long version, Phase phase, LocalDate inUseSince, String inUseBy,
                             Instant finishedAt, String finishedBy, boolean canEdit) {

    public boolean inUse() {
        return inUseSince != null;
    }

    public boolean finished() {
        return finishedAt != null;
    }

    /** Finishing is offered in Operations to those who may change the case. */
    public boolean canFinish() {
        return canEdit && !finished() && phase == Phase.OPERATIONS;
    }

    /** The leader group and the cohort's facilitators may reopen a finished case. */
    public boolean canReopen() {
        return canEdit && finished();
    }
}
