package no.ks.ledergaloppen.assignment;

import java.time.LocalDate;

/**
 * What a facilitator may change in an assignment after giving it. The gathering and who answers stay as
 * given; a missing due date means "the day before the next gathering", as when giving it.
 */
public record AssignmentChanges(String title, String instructions, LocalDate dueDate, Long stepId) {
}
