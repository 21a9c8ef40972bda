package no.ks.ledergaloppen.assignment;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One answerer's status on one assignment in force, for a cohort's export: the municipality for a group
 * assignment ({@code participantName} null), each leader-group member for an individual one.
 * {@code submittedAt} is null until handed in; {@code releasedFeedback} is the newest feedback the
 * answerer may read, null if none is released. Never the text of an answer, never unreleased feedback.
 */
public record AnswerStatusLine(long assignmentId, String assignmentTitle, int gatheringNumber, LocalDate dueDate,
                               AnswerMode mode, long municipalityId, String participantName, AnswerStatus status,
                               Instant submittedAt, boolean overdue, String releasedFeedback) {
}
