package no.ks.ledergaloppen.cohort;

import java.time.LocalDate;

public record CohortDraft(String name, String region, LocalDate startDate, LocalDate endDate,
                          CohortStatus status) {
}
