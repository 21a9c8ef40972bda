package no.ks.ledergaloppen.assignment;

/** An assignment in a facilitator's list: how many answers are handed in out of how many expected. */
public record CohortAssignment(AssignmentInfo assignment, int delivered, int expected) {
}
