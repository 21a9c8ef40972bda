package no.ks.ledergaloppen.innovationcase;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The case a municipality is seen by in a cohort overview, when it may work several: the first open (not
 * finished) case in its leader group's order, or, when every case is finished, the one finished last.
 * {@code moreOpen} counts the municipality's other open cases, so that an overview can say there are more.
 */
public record MunicipalityCase(CaseProgress shown, int moreOpen) {

    /** The leader group's order: priority, then age (cases never ordered have priority 0). */
    static final Comparator<CaseProgress> ORDER = Comparator.comparingInt(CaseProgress::priority)
            .thenComparingLong(CaseProgress::caseId);

    static final Comparator<CaseProgress> LAST_FINISHED = Comparator.comparing(CaseProgress::finishedAt)
            .thenComparingLong(CaseProgress::caseId).reversed();

    /** Picks, for every municipality among the cases, the case it is seen by. */
    static Map<Long, MunicipalityCase> choose(Collection<CaseProgress> cases) {
        Map<Long, List<CaseProgress>> byMunicipality = new LinkedHashMap<>();
        cases.forEach(c -> byMunicipality.computeIfAbsent(c.municipalityId(), m -> new ArrayList<>()).add(c));
        Map<Long, MunicipalityCase> chosen = new LinkedHashMap<>();
        byMunicipality.forEach((m, own) -> chosen.put(m, of(own)));
        return chosen;
    }

    private static MunicipalityCase of(List<CaseProgress> own) {
        List<CaseProgress> open = own.stream().filter(c -> !c.finished()).sorted(ORDER).toList();
        if (open.isEmpty()) {
            return new MunicipalityCase(own.stream().sorted(LAST_FINISHED).findFirst().orElseThrow(), 0);
        }
        return new MunicipalityCase(open.getFirst(), open.size() - 1);
    }
}
