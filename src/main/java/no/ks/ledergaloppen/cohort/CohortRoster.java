package no.ks.ledergaloppen.cohort;

import java.time.LocalDate;
import java.util.List;

/** A cohort as its dashboard needs it: dates, the stalled threshold, and the enrolled municipalities by name. */
public record CohortRoster(long id, long version, String name, LocalDate startDate, LocalDate endDate, int stallDays,
                           List<MunicipalityInfo> municipalities) {
}
