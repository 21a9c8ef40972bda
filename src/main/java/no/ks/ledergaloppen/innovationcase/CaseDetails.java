package no.ks.ledergaloppen.innovationcase;

import java.time.Instant;

/**
 * A case opened in the workspace: what it says, whether the viewer may change it, and its version.
 * {@code archived} when its municipality has left the cohort (then it is read-only, for administrators only).
 */
public record CaseDetails(CaseSummary summary, long version, CaseFields fields, boolean canEdit,
                          Instant updatedAt, String updatedBy, boolean archived) {
}
