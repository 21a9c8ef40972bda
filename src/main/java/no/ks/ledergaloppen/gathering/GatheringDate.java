package no.ks.ledergaloppen.gathering;

import java.time.LocalDate;

/** A gathering's number in its cohort and its date. */
public record GatheringDate(int number, LocalDate date) {
}
