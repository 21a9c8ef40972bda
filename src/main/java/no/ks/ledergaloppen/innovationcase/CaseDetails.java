package no.ks.ledergaloppen.innovationcase;

import java.time.Instant;

/** A case opened in the workspace: what it says, whether the viewer may change it, and its version. */
public record CaseDetails(CaseSummary summary, long version, CaseFields fields, boolean canEdit,
                          Instant updatedAt, String updatedBy) {
}
