package no.ks.ledergaloppen.cohort;

import java.time.LocalDate;

public record CohortSummary(long id, long version, String name, String region, LocalDate startDate,
                            LocalDate endDate, CohortStatus status, boolean archived, long municipalityCount) {
}
