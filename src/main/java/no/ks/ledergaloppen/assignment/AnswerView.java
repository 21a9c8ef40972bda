package no.ks.ledergaloppen.assignment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An answer as its reader may see it. {@code id} and {@code version} are null for an answer nobody has
 * started. {@code body} is null for a facilitator until the answer is handed in: a draft is the leader
 * group's own. {@code feedback} holds the verdicts newest first: the writers see only released feedback,
 * the facilitators every verdict.
 */
public record AnswerView(Long id, Long version, String owner, AnswerStatus status, String body, String updatedBy,
                         Instant updatedAt, String submittedBy, Instant submittedAt, List<FeedbackRound> feedback) {

    public AnswerView {
        feedback = List.copyOf(feedback);
    }

    /** The verdict behind the present status (returned or approved), if the reader may see it. */
    public Optional<FeedbackRound> currentFeedback() {
        return feedback.stream().filter(FeedbackRound::current).findFirst();
    }
}
