package no.ks.ledergaloppen.assignment;

import java.time.LocalDate;

/** What a facilitator writes when giving an assignment; a missing due date means "the day before the next gathering". */
public record AssignmentDraft(Long gatheringId, String title, String instructions, LocalDate dueDate, Long stepId,
                              AnswerMode mode) {
}
