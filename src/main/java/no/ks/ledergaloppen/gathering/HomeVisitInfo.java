package no.ks.ledergaloppen.gathering;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A home visit as shown to KS and to the visited municipality (nobody else sees it). */
public record HomeVisitInfo(long id, long version, long cohortId, long municipalityId, String municipalityName,
                            LocalDate date, HomeVisitStatus status, Set<Long> facilitatorIds,
                            List<String> facilitatorNames, String trainedOn, String notes) {

    public HomeVisitDraft draft() {
        return new HomeVisitDraft(date, status, facilitatorIds, trainedOn, notes);
    }
}
