package no.ks.ledergaloppen.assignment;

import java.time.Instant;

/**
 * One verdict on an answer with its feedback ({@code text} may be null for an approval without words).
 * {@code current} marks the verdict behind the answer's present status; the others are its history.
 */
public record FeedbackRound(long id, AnswerStatus verdict, String text, String givenBy, Instant givenAt,
                            boolean released, boolean current) {
}
