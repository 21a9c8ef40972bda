package no.ks.ledergaloppen.benefits;

import java.time.LocalDate;

/** What the leader group will do about a measurement that is behind plan: what, who, by when. */
public record CorrectiveAction(String what, String who, LocalDate due) {
}
