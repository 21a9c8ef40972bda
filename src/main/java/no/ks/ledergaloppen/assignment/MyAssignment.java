package no.ks.ledergaloppen.assignment;

/** An assignment in a participant's list, with their (or their group's) answer status. */
public record MyAssignment(AssignmentInfo assignment, AnswerStatus status, boolean overdue) {
}
