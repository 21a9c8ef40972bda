package no.ks.ledergaloppen.assignment;

import java.time.Instant;

/**
 * One municipality's assignments in a cohort: how many were given, handed in (all answers delivered)
 * and approved, how many are past their due date without being handed in, and when one of its answers
 * was last saved (null if never).
 */
public record MunicipalityAssignments(long municipalityId, int given, int handedIn, int approved, int overdue,
                                      Instant lastAnswerSaved) {
}
