package no.ks.ledergaloppen.assessment;

import java.time.LocalDate;
import java.util.Map;

/** What the leader group fills in: a date, a score 0–5 and an optional comment per foundation. */
public record AssessmentDraft(LocalDate assessedOn, Map<Foundation, Integer> scores, Map<Foundation, String> comments) {
}
