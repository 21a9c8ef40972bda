package no.ks.ledergaloppen.assignment;

import java.time.Instant;

/**
 * An answer as its reader may see it. For the municipality, {@code feedback} is empty until the
 * facilitator releases it; facilitators always see it. {@code id} and {@code version} are null for an
 * answer nobody has started.
 */
public record AnswerView(Long id, Long version, String owner, AnswerStatus status, String body, String updatedBy,
                         Instant updatedAt, String submittedBy, Instant submittedAt, String feedback,
                         String feedbackBy, Instant feedbackAt, boolean feedbackReleased) {
}
