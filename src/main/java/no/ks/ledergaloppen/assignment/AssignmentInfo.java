package no.ks.ledergaloppen.assignment;

import java.time.LocalDate;

public record AssignmentInfo(long id, long version, long cohortId, String cohortName, long gatheringId,
                             int gatheringNumber, String title, String instructions, LocalDate dueDate, Long stepId,
                             AnswerMode mode) {
}
