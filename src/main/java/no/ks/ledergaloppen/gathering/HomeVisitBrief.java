package no.ks.ledergaloppen.gathering;

import java.time.LocalDate;

/** A municipality's home visit in short: when, and whether it is done or planned. */
public record HomeVisitBrief(LocalDate date, HomeVisitStatus status) {
}
