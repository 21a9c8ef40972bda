package no.ks.ledergaloppen.assignment;

import java.time.Instant;

/**
 * One line of a facilitator's overview: who answers, the status, and the answer to open (if any).
 * {@code hasFeedback} and {@code feedbackReleased} concern the verdict behind the present status.
 */
public record StatusRow(String municipality, String participant, AnswerStatus status, Instant submittedAt,
                        Long answerId, boolean hasFeedback, boolean feedbackReleased) {
}
