package no.ks.ledergaloppen.gathering;

import java.time.LocalDate;
import java.util.Set;

public record HomeVisitDraft(LocalDate date, HomeVisitStatus status, Set<Long> facilitatorIds, String trainedOn,
                             String notes) {
}
