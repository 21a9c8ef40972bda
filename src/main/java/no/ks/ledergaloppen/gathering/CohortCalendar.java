package no.ks.ledergaloppen.gathering;

import java.util.List;
import java.util.Map;

/** A cohort's gatherings (number and date, oldest first) and its home visits (municipality id → visit). */
public record CohortCalendar(List<GatheringDate> gatherings, Map<Long, HomeVisitBrief> homeVisits) {
}
